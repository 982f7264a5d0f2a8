/* eslint-disable @next/next/no-img-element -- static SVG emblem in the admin, no optimisation needed */

/** The portal's emblem as the admin's small icon. */
export function AdminIcon() {
  return <img src="/emblem.svg" alt="PBGDPL" width={28} height={28} />
}

/** The login screen's logo: emblem and the portal's name. */
export function AdminLogo() {
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <img src="/emblem.svg" alt="" width={56} height={56} />
      <span style={{ fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.3 }}>
        Quản trị Trang thông tin
        <br />
        phổ biến, giáo dục pháp luật
      </span>
    </span>
  )
}
