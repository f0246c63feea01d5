import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

/** The join address as a QR code (drawn here, no service asked) with the code beside it. */
export function JoinQr({ url, code }: { url: string; code: string }) {
  const [image, setImage] = useState<string>()
  useEffect(() => {
    let current = true
    void QRCode.toDataURL(url, { margin: 1, width: 240 }).then((data) => {
      if (current) setImage(data)
    })
    return () => {
      current = false
    }
  }, [url])
  return (
    <figure className="join-qr">
      {image !== undefined && (
        <img src={image} alt={`QR code for ${url}`} width={240} height={240} />
      )}
      <figcaption>
        Join code <strong className="join-code">{code}</strong>
        <br />
        <span className="muted">{url}</span>
      </figcaption>
    </figure>
  )
}
