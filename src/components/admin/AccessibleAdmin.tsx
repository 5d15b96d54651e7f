'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { admin, type AdminMessages } from '../../i18n/messages/admin.js'

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

/**
 * Repairs, in place, what axe-core (WCAG 2.1 AA) finds in Payload's own admin markup, which the
 * project cannot change at its source; each fix only adds or narrows ARIA, never moves nodes that
 * React owns. Idempotent, so it can run on every DOM change.
 */
export const repairAdmin = (root: ParentNode, t: AdminMessages): void => {
  // react-select's search inputs, the date pickers' inputs and Lexical's editable area carry no
  // label: name them after their field's label.
  const unnamed = root.querySelectorAll<HTMLElement>(
    'input[id^="react-select-"], .react-datepicker__input-container input, [contenteditable="true"][role="textbox"]',
  )
  for (const input of unnamed) {
    const labelled = (input as HTMLInputElement).labels?.length
    if (labelled || input.getAttribute('aria-label') || input.getAttribute('aria-labelledby'))
      continue
    const field = input.closest('.field-type')
    const name =
      text(field?.querySelector('.field-label')) ||
      input.closest('[aria-label]')?.getAttribute('aria-label') ||
      t.choose
    input.setAttribute('aria-label', name)
  }
  // A document tab's name must contain what it shows ("Versiot 3", not "Versiot").
  for (const tab of root.querySelectorAll<HTMLElement>(
    '.doc-tabs [aria-label], .doc-tab[aria-label]',
  )) {
    const shown = text(tab)
    if (shown && !tab.getAttribute('aria-label')!.includes(shown))
      tab.setAttribute('aria-label', shown)
  }
  // A list view's row and "select all" checkboxes have no label.
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (box.labels?.length || box.getAttribute('aria-label')) continue
    box.setAttribute('aria-label', t.selectRow)
  }
  // Icon-only popup triggers ("…" menus) have no name.
  for (const button of root.querySelectorAll<HTMLElement>('button, [role="button"]')) {
    if (text(button) || button.getAttribute('aria-label') || button.getAttribute('title')) continue
    if (button.getAttribute('aria-hidden') === 'true') continue
    button.setAttribute('aria-label', t.moreActions)
  }
  // react-select's indicator buttons are hidden from screen readers yet reachable by Tab: take
  // them out of the Tab order (the select itself opens and clears by keyboard). Only controls that
  // are themselves hidden: a modal hides the whole app that way, and that must stay reachable.
  for (const el of root.querySelectorAll<HTMLElement>('[aria-hidden="true"]')) {
    if (el.matches(FOCUSABLE) && el.getAttribute('tabindex') !== '-1')
      el.setAttribute('tabindex', '-1')
  }
  // A sortable chip is a button (dnd-kit) holding the remove button: make it a group.
  for (const chip of root.querySelectorAll<HTMLElement>('.rs__multi-value[role="button"]')) {
    chip.setAttribute('role', 'group')
    chip.setAttribute('aria-label', text(chip))
  }
  // The document tabs are a <ul> holding links directly.
  for (const list of root.querySelectorAll<HTMLElement>('ul.doc-tabs__tabs:not([role])')) {
    if ([...list.children].some((child) => child.tagName !== 'LI'))
      list.setAttribute('role', 'none')
  }
}

/** An admin provider that keeps `repairAdmin` applied as Payload renders and re-renders. */
export const AccessibleAdmin = ({ children }: { children?: ReactNode }) => {
  const { i18n } = useTranslation()
  useEffect(() => {
    const t = admin[(['fi', 'sv', 'en'].includes(i18n.language) ? i18n.language : 'en') as 'en']
    let scheduled = false
    const run = () => {
      scheduled = false
      repairAdmin(document, t)
      // Says the repairs are live: the axe suite waits for it before it checks a page.
      document.documentElement.setAttribute('data-accessible-admin', 'on')
    }
    run()
    // Batched to one pass a frame; the repairs' own attribute changes settle in that pass.
    const observer = new MutationObserver(() => {
      if (scheduled) return
      scheduled = true
      requestAnimationFrame(run)
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'aria-hidden', 'tabindex'],
    })
    return () => observer.disconnect()
  }, [i18n.language])
  return children
}
