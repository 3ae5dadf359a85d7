// @vitest-environment node
// Translations are complete: every key in both languages, every key the code uses exists,
// every message compiles. Reads the files from disk, as the app merges them at startup.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import { leafKeys, mergeMessages, type MessageTree } from '@/utils/merge'

const SRC = fileURLToPath(new URL('..', import.meta.url))
const LOCALES = ['zh-CN', 'en-US'] as const

function walk(dir: string, accept: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return walk(path, accept)
    return accept(path) ? [path] : []
  })
}

const localeDirs = [join(SRC, 'i18n/locales'), ...readdirSync(join(SRC, 'modules')).map((m) => join(SRC, 'modules', m, 'locales'))]
  .filter((dir) => {
    try {
      return statSync(dir).isDirectory()
    } catch {
      return false
    }
  })

const read = (path: string): MessageTree => JSON.parse(readFileSync(path, 'utf8'))
const fileOf = (dir: string, locale: string) => join(dir, `${locale}.json`)
const merged = Object.fromEntries(
  LOCALES.map((l) => [l, mergeMessages(...localeDirs.map((d) => read(fileOf(d, l))))]),
) as Record<(typeof LOCALES)[number], MessageTree>

function lookup(tree: MessageTree, key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = node[part]
  }
  return node
}

describe('locale files', () => {
  it.each(localeDirs.map((d) => [relative(SRC, d), d]))('%s has the same keys in zh-CN and en-US', (_name, dir) => {
    const zh = leafKeys(read(fileOf(dir, 'zh-CN'))).sort()
    const en = leafKeys(read(fileOf(dir, 'en-US'))).sort()
    expect(zh.filter((k) => !en.includes(k)), 'only in zh-CN').toEqual([])
    expect(en.filter((k) => !zh.includes(k)), 'only in en-US').toEqual([])
  })

  it('no two files define the same key', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const dir of localeDirs) {
      for (const key of leafKeys(read(fileOf(dir, 'zh-CN')))) {
        const previous = owner.get(key)
        if (previous) clashes.push(`${key}: ${previous} and ${relative(SRC, dir)}`)
        owner.set(key, relative(SRC, dir))
      }
    }
    expect(clashes).toEqual([])
  })

  it('no message has a stray | (plural separator) or unbalanced braces', () => {
    for (const locale of LOCALES) {
      const bad = leafKeys(merged[locale]).filter((k) => {
        const text = String(lookup(merged[locale], k))
        const opens = (text.match(/\{/g) ?? []).length
        const closes = (text.match(/\}/g) ?? []).length
        return text.includes('|') || opens !== closes
      })
      expect(bad, locale).toEqual([])
    }
  })

  it('placeholders are the same in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')
    const differ = leafKeys(merged['zh-CN']).filter(
      (k) => names(String(lookup(merged['zh-CN'], k))) !== names(String(lookup(merged['en-US'], k) ?? '')),
    )
    expect(differ).toEqual([])
  })

  it('no message is empty', () => {
    for (const locale of LOCALES) {
      const empty = leafKeys(merged[locale]).filter((k) => String(lookup(merged[locale], k)).trim() === '')
      expect(empty, locale).toEqual([])
    }
  })
})

describe('keys used in the code', () => {
  const sources = walk(SRC, (p) => /\.(vue|ts)$/.test(p) && !p.endsWith('.test.ts') && !p.endsWith('.d.ts'))
  const literal = /(?<![\w$])\$?t\(\s*['"]([A-Za-z0-9_.-]+)['"]/g
  const named = /\b(?:titleKey|labelKey|nameKey)\s*:\s*['"]([A-Za-z0-9_.-]+)['"]/g
  const keyed = /['"]((?:common|error|menu|layout|validation|history|loginHistory|app)\.[A-Za-z0-9_.]+)['"]/g
  const dynamic = /(?<![\w$])\$?t\(\s*`([A-Za-z0-9_.-]+)\.\$\{/g

  const used = new Map<string, string>()
  const prefixes = new Map<string, string>()
  for (const file of sources) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of [literal, named, keyed]) {
      for (const match of text.matchAll(pattern)) used.set(match[1], relative(SRC, file))
    }
    for (const match of text.matchAll(dynamic)) prefixes.set(match[1], relative(SRC, file))
  }

  it('finds keys to check', () => {
    expect(used.size).toBeGreaterThan(100)
  })

  it.each(LOCALES)('every literal key exists as a message in %s', (locale) => {
    const missing = [...used].filter(([key]) => typeof lookup(merged[locale], key) !== 'string').map(([k, f]) => `${k} (${f})`)
    expect(missing).toEqual([])
  })

  it.each(LOCALES)('every dynamic key prefix exists as a group in %s', (locale) => {
    const missing = [...prefixes].filter(([key]) => typeof lookup(merged[locale], key) !== 'object').map(([k, f]) => `${k} (${f})`)
    expect(missing).toEqual([])
  })
})

describe('messages compile', () => {
  let warn: ReturnType<typeof vi.spyOn>
  let error: ReturnType<typeof vi.spyOn>
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    warn.mockRestore()
    error.mockRestore()
  })

  it.each(LOCALES)('every %s message renders without errors', (locale) => {
    // Untyped on purpose: typing every merged message makes TypeScript give up.
    const i18n = (createI18n as unknown as (options: object) => { global: { t: unknown } })({ legacy: false, locale, messages: merged })
    const translate = i18n.global.t as unknown as (key: string, named: Record<string, unknown>) => string
    const params = new Proxy({}, { get: (_t, name) => (typeof name === 'string' ? `<${name}>` : undefined), has: () => true })
    const broken: string[] = []
    for (const key of leafKeys(merged[locale])) {
      try {
        const out = translate(key, params as Record<string, unknown>)
        if (out === key) broken.push(key)
      } catch (e) {
        broken.push(`${key}: ${(e as Error).message}`)
      }
    }
    expect(broken).toEqual([])
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })
})
