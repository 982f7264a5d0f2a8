import { CopyLinkButton } from './copy-link-button'

/** Share links to social networks and e-mail; plain links that work without JavaScript. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const links = [
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'Zalo', href: `https://sp.zalo.me/share_inline?d=${encodeURIComponent(JSON.stringify({ url }))}` },
    { label: 'X', href: `https://twitter.com/intent/tweet?url=${u}&text=${t}` },
    { label: 'Thư điện tử', href: `mailto:?subject=${t}&body=${u}` },
  ]
  return (
    <div className="app-share">
      <h2 className="app-share__title">Chia sẻ</h2>
      <ul className="app-share__list">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} rel="noopener noreferrer" target={l.href.startsWith('mailto:') ? undefined : '_blank'}>
              {l.label}
              {l.href.startsWith('mailto:') ? null : <span className="app-visually-hidden"> (mở cửa sổ mới)</span>}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </div>
  )
}
