/** Opening and saving files the way a browser can: a file input, a download, the print dialog. */

export interface PickedFile {
  readonly name: string
  readonly text: string
}

/** Asks the user for one text file; null when the dialog is cancelled. */
export function pickTextFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.addEventListener('cancel', () => {
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) {
        resolve(null)
        return
      }
      file.text().then((text) => {
        resolve({ name: file.name, text })
      }, reject)
    })
    input.click()
  })
}

export function downloadText(name: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }))
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
