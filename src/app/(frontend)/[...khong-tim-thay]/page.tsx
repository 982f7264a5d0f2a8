import { notFound } from 'next/navigation'

/** Any other address renders the Vietnamese 404 inside the site layout. */
export default function CatchAll() {
  notFound()
}
