'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'
import { isContributor, isEditorial, unitIdOf, type RoleUser } from '@/shared/access/roles'
import './activities-admin.css'

const idOf = (value: unknown): string | null =>
  value === null || value === undefined || value === ''
    ? null
    : typeof value === 'object'
      ? String((value as { id: unknown }).id)
      : String(value)

/**
 * “Ghi nhận thành hoạt động PBGDPL” on a published article: records it as a draft activity of its
 * unit (or opens the one already recorded) and goes to that record. Shown only to users who may
 * record activities for the article's unit; the server checks again.
 */
export function CreateActivityFromArticle() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.initialValue)
  const unit = useFormFields(([fields]) => fields.unit?.initialValue)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const staff = user as RoleUser | null
  const allowed =
    isEditorial(staff) || (isContributor(staff) && unitIdOf(staff) !== null && idOf(unit) === String(unitIdOf(staff)))
  if (!id || state !== 'published' || !allowed) return null

  async function record() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/hoat-dong/tu-bai-viet', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ article: id }),
      })
      const body = (await response.json().catch(() => null)) as {
        url?: string
        errors?: { message?: string }[]
      } | null
      if (!response.ok || !body?.url) {
        setError(body?.errors?.[0]?.message ?? 'Không ghi nhận được hoạt động.')
        return
      }
      window.location.assign(body.url)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="app-activity-actions field-type">
      <button
        type="button"
        className="btn btn--size-small btn--style-secondary"
        disabled={busy}
        onClick={() => void record()}
      >
        Ghi nhận thành hoạt động PBGDPL
      </button>
      <p className="app-activity-actions__hint">
        Tạo bản nháp hồ sơ hoạt động từ bài viết này (hoặc mở hồ sơ đã tạo) để đơn vị bổ sung số liệu.
      </p>
      {error ? (
        <p className="app-activity-actions__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
