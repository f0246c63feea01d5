/** Opening and saving files the way a browser can: a file input, a download, the print dialog. */

/** Asks the user for files; an empty list when the dialog is cancelled. */
export function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = multiple
    input.addEventListener('cancel', () => {
      resolve([])
    })
    input.addEventListener('change', () => {
      resolve([...(input.files ?? [])])
    })
    input.click()
  })
}

export function downloadText(name: string, content: string, mime: string): void {
  download(name, new Blob([content], { type: `${mime};charset=utf-8` }))
}

export function downloadBytes(name: string, bytes: Uint8Array, mime: string): void {
  // A copy on a plain ArrayBuffer: Blob takes no view over a SharedArrayBuffer.
  download(name, new Blob([bytes.slice()], { type: mime }))
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: the download starts asynchronously and still needs the URL.
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 10_000)
}

/** Prints an HTML document through a hidden frame, so the app itself is not what gets printed. */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.style.position = 'fixed'
  frame.style.width = '0'
  frame.style.height = '0'
  frame.style.border = '0'
  frame.srcdoc = html
  frame.addEventListener('load', () => {
    frame.contentWindow?.print()
    setTimeout(() => {
      frame.remove()
    }, 60_000)
  })
  document.body.append(frame)
}
