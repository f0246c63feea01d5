import { useContext } from 'react'
import { baseName, imageUrl } from '../../engine/scenario/material-images'
import type { Material } from '../../engine/scenario/schema'
import { MediaContext } from './scenario-media'
import { PersonIcon } from '../ui/PersonIcon'

/**
 * A material as the thing it imitates: a social post looks like a post, a text like a
 * bubble, an email like an email. The kind is also written out, for screen readers and
 * for the back row.
 */
export function MaterialCard({ material }: { material: Material }) {
  const kind = KIND_NAMES[material.kind]
  return (
    <figure className={`material material-${material.kind}`}>
      <figcaption className="material-head">
        <span className="material-kind">{kind}</span>
        {material.from !== undefined && (
          <span className="material-from">
            {material.kind === 'social-post' && <PersonIcon />} {fromLabel(material)}
          </span>
        )}
      </figcaption>
      {material.text !== undefined && <MaterialText material={material} />}
      {material.image !== undefined && <MaterialImage material={material} path={material.image} />}
    </figure>
  )
}

/**
 * The image, or where it should be when the app does not have it (a scenario opened
 * without its images): the facilitator sees what is missing instead of a broken icon.
 * The format has no alt text, so the card's own text, or the file's name, stands in.
 */
function MaterialImage({ material, path }: { material: Material; path: string }) {
  const url = imageUrl(useContext(MediaContext), path)
  if (url === undefined) {
    return <p className="material-picture-missing muted">Image not available: {path}</p>
  }
  const alt = material.text ?? `${KIND_NAMES[material.kind]}: ${baseName(path)}`
  return <img className="material-picture" src={url} alt={alt} />
}

function MaterialText({ material }: { material: Material }) {
  switch (material.kind) {
    case 'email':
      return <div className="material-body email-body">{material.text}</div>
    case 'text-message':
      return <p className="material-body bubble">{material.text}</p>
    case 'phone-call':
      return <blockquote className="material-body call-body">“{material.text}”</blockquote>
    case 'news':
      return <p className="material-body news-body">{material.text}</p>
    default:
      return <p className="material-body">{material.text}</p>
  }
}

function fromLabel(material: Material): string {
  switch (material.kind) {
    case 'email':
      return `From: ${material.from ?? ''}`
    case 'phone-call':
      return `Caller: ${material.from ?? ''}`
    case 'social-post':
      return `@${(material.from ?? '').replace(/^@/, '')}`
    default:
      return material.from ?? ''
  }
}

const KIND_NAMES: Readonly<Record<Material['kind'], string>> = {
  'social-post': 'Social media post',
  'text-message': 'Text message',
  email: 'Email',
  'phone-call': 'Phone call',
  news: 'News',
  document: 'Document',
  image: 'Image',
}
