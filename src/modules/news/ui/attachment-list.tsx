import type { File as FileDoc } from '@/payload-types'
import { sitePath } from '@/shared/ui/site-url'

function formatSize(bytes: number | null | undefined): string {
  if (!bytes) return ''
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

function kindOf(file: FileDoc): string {
  const name = file.filename ?? ''
  const ext = name.includes('.') ? name.split('.').pop() : ''
  return ext ? ext.toUpperCase() : 'Tệp'
}

/** Attached files with type and size, so a reader on a slow network knows what they download. */
export function AttachmentList({ files }: { files: (number | FileDoc)[] | null | undefined }) {
  const list = (files ?? []).filter((f): f is FileDoc => typeof f === 'object' && f !== null)
  if (list.length === 0) return null
  return (
    <section className="app-attachments" aria-labelledby="app-attachments-title">
      <h2 id="app-attachments-title">Tệp đính kèm</h2>
      <ul>
        {list.map((file) => (
          <li key={file.id}>
            <a href={sitePath(file.url) ?? '#'} download>
              {file.title}
            </a>{' '}
            <span className="app-attachments__meta">
              ({kindOf(file)}
              {file.filesize ? `, ${formatSize(file.filesize)}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
