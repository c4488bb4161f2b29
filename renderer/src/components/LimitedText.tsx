import { Input, theme } from 'antd'
import type { InputProps, TextAreaProps } from 'antd/es/input'
import { useState, type ChangeEvent, type ClipboardEvent } from 'react'
import { pasteRefusal, type TextLimit } from './text-limit'

/*
 * Text fields with a length limit, for every form: the counter is always shown (red past the
 * limit), typing past it is allowed and the form rule (textRules, same limit) says what is wrong,
 * and a paste that would take the text past the limit is refused whole, with the reason under the
 * field. Never `maxLength`: the browser would cut the text at the limit without a word.
 */

type Field = HTMLInputElement | HTMLTextAreaElement

function usePasteGuard<E extends Field>(limit: TextLimit, multiline: boolean, onPaste?: (event: ClipboardEvent<E>) => void, onChange?: (event: ChangeEvent<E>) => void) {
  const [refusal, setRefusal] = useState<string | null>(null)
  const handlePaste = (event: ClipboardEvent<E>) => {
    onPaste?.(event)
    const field = event.currentTarget
    // What the browser will insert: a text area keeps line breaks as one character, a line input drops them.
    const pasted = event.clipboardData.getData('text').replace(/\r\n?/g, '\n')
    const inserted = multiline ? pasted : pasted.replace(/\n/g, '')
    const start = field.selectionStart ?? field.value.length
    const end = field.selectionEnd ?? field.value.length
    const why = pasteRefusal(limit, field.value.length - (end - start) + inserted.length)
    setRefusal(why)
    if (why) event.preventDefault()
  }
  const handleChange = (event: ChangeEvent<E>) => {
    setRefusal(null)
    onChange?.(event)
  }
  return { refusal, handlePaste, handleChange }
}

function Refusal({ text }: { text: string | null }) {
  const { token } = theme.useToken()
  if (!text) return null
  return (
    <div role="alert" data-testid="paste-refused" style={{ color: token.colorError, fontSize: token.fontSizeSM, marginTop: 4 }}>
      {text}
    </div>
  )
}

export function LimitedInput({ limit, onPaste, onChange, ...props }: Omit<InputProps, 'maxLength' | 'showCount' | 'count'> & { limit: TextLimit }) {
  const guard = usePasteGuard<HTMLInputElement>(limit, false, onPaste, onChange)
  return (
    <>
      <Input {...props} count={{ show: true, max: limit.max }} onPaste={guard.handlePaste} onChange={guard.handleChange} />
      <Refusal text={guard.refusal} />
    </>
  )
}

export function LimitedTextArea({ limit, onPaste, onChange, ...props }: Omit<TextAreaProps, 'maxLength' | 'showCount' | 'count'> & { limit: TextLimit }) {
  const guard = usePasteGuard<HTMLTextAreaElement>(limit, true, onPaste, onChange)
  return (
    <>
      <Input.TextArea {...props} count={{ show: true, max: limit.max }} onPaste={guard.handlePaste} onChange={guard.handleChange} />
      <Refusal text={guard.refusal} />
    </>
  )
}
