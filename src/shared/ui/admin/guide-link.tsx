/** A link from the admin navigation to the Vietnamese user guide. */
export function GuideLink() {
  return (
    <a className="app-guide-link nav__link" href="/huong-dan-quan-tri" target="_blank" rel="noopener">
      Hướng dẫn sử dụng (mở tab mới)
    </a>
  )
}
