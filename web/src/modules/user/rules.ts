// Client-side checks mirroring the server's (UserRequests, PasswordPolicy).
import type { FormItemRule } from 'element-plus'
import { t } from '@/i18n'

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/
export const PASSWORD_MIN = 8

export function isStrongPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN && /\p{L}/u.test(value) && /\p{Nd}/u.test(value)
}

const on = ['blur', 'change']

export const required = (key: string): FormItemRule => ({ required: true, whitespace: true, message: () => t(key), trigger: on })
export const maxLength = (max: number): FormItemRule => ({ max, message: () => t('validation.maxLength', { max }), trigger: on })
export const email: FormItemRule = { type: 'email', message: () => t('validation.email'), trigger: on }
export const username: FormItemRule = { pattern: USERNAME_PATTERN, message: () => t('user.usernameInvalid'), trigger: on }
export const password: FormItemRule = {
  validator: (_rule, value: string, callback) =>
    !value || isStrongPassword(value) ? callback() : callback(new Error(t('validation.passwordWeak', { min: PASSWORD_MIN }))),
  trigger: on,
}
