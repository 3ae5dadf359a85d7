// Shared messages plus every module's locales/{zh-CN,en-US}.json, merged at startup.
import { mergeMessages, type MessageTree } from '@/utils/merge'
import type { AppLocale } from './locales'
import zhCN from './locales/zh-CN.json'
import enUS from './locales/en-US.json'

const moduleFiles = import.meta.glob<MessageTree>('../modules/*/locales/*.json', {
  eager: true,
  import: 'default',
})

function moduleMessages(locale: AppLocale): MessageTree[] {
  return Object.entries(moduleFiles)
    .filter(([path]) => path.endsWith(`/${locale}.json`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, tree]) => tree)
}

export const messages: Record<AppLocale, MessageTree> = {
  'zh-CN': mergeMessages(zhCN as MessageTree, ...moduleMessages('zh-CN')),
  'en-US': mergeMessages(enUS as MessageTree, ...moduleMessages('en-US')),
}
