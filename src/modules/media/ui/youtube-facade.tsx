'use client'

import { useState } from 'react'
import { youtubeEmbedUrl, youtubeWatchUrl } from '../library/youtube'

/**
 * A click-to-load YouTube player. Until the reader presses “Phát video” the page shows only our own
 * poster (or a neutral placeholder) and makes no request to YouTube or anyone else; then the
 * privacy-enhanced player (youtube-nocookie.com) is created and focused.
 */
export function YoutubeFacade({ id, title, posterUrl }: { id: string; title: string; posterUrl: string | null }) {
  const [playing, setPlaying] = useState(false)
  if (playing) {
    return (
      <div className="app-lib-player">
        <iframe
          // The reader asked for the player: keyboard focus moves into it.
          ref={(el) => el?.focus()}
          className="app-lib-player__frame"
          src={youtubeEmbedUrl(id)}
          title={`Video YouTube: ${title}`}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    )
  }
  return (
    <div className="app-lib-player app-lib-facade">
      {posterUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own pre-sized poster, never YouTube's
        <img className="app-lib-facade__poster" src={posterUrl} alt="" width={1200} height={630} />
      ) : (
        <div className="app-lib-facade__placeholder" aria-hidden="true" />
      )}
      <button type="button" className="app-lib-facade__play" onClick={() => setPlaying(true)}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28">
          <path d="M8 5v14l11-7z" fill="currentColor" />
        </svg>
        Phát video<span className="app-visually-hidden">: {title}</span>
      </button>
      <p className="app-lib-facade__note">
        Video được phát từ YouTube (chế độ tăng cường quyền riêng tư) sau khi bạn bấm “Phát video”.{' '}
        <a href={youtubeWatchUrl(id)} rel="noopener noreferrer">
          Xem trên YouTube
        </a>
      </p>
    </div>
  )
}
