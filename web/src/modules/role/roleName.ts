// The built-in administrator role is stored with its Chinese name; show it in the UI language.
type Translate = (key: string) => string

export function roleName(role: { name: string; builtin?: boolean }, t: Translate): string {
  return role.builtin ? t('role.builtinName') : role.name
}
