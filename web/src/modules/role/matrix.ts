// The role editor's model: a module × operation matrix and entity × field policies, to and from the API.
import type { Catalog, CatalogOption, DataScope, FieldAccess, FieldRule, Grant, Operation } from '@/api/types'

/** module → operation → scope ('' = not granted) for scoped modules, or true/false for unscoped ones. */
export type Matrix = Record<string, Record<string, DataScope | '' | boolean>>
/** entity → field → access */
export type Policies = Record<string, Record<string, FieldAccess>>

/** The operations of all modules, each once, in the catalog's order. */
export function operationColumns(catalog: Catalog): CatalogOption[] {
  const seen = new Map<string, CatalogOption>()
  for (const module of catalog.modules) {
    for (const op of module.operations ?? []) {
      if (op.key && !seen.has(op.key)) seen.set(op.key, { key: op.key, label: op.label ?? op.key })
    }
  }
  return [...seen.values()]
}

export function emptyMatrix(catalog: Catalog): Matrix {
  const matrix: Matrix = {}
  for (const module of catalog.modules) {
    matrix[module.key] = {}
    for (const op of module.operations ?? []) matrix[module.key][op.key!] = module.scoped ? '' : false
  }
  return matrix
}

export function matrixFromGrants(catalog: Catalog, grants: readonly Grant[]): Matrix {
  const matrix = emptyMatrix(catalog)
  for (const grant of grants) {
    const row = grant.module ? matrix[grant.module] : undefined
    if (!row || !grant.operation || !(grant.operation in row)) continue
    row[grant.operation] = typeof row[grant.operation] === 'boolean' ? true : (grant.scope ?? 'ALL')
  }
  return matrix
}

export function grantsFromMatrix(catalog: Catalog, matrix: Matrix): Grant[] {
  const grants: Grant[] = []
  for (const module of catalog.modules) {
    for (const op of module.operations ?? []) {
      const value = matrix[module.key]?.[op.key!]
      if (value === true) grants.push({ module: module.key, operation: op.key as Operation, scope: 'ALL' })
      else if (typeof value === 'string' && value) grants.push({ module: module.key, operation: op.key as Operation, scope: value })
    }
  }
  return grants
}

export function emptyPolicies(catalog: Catalog): Policies {
  const policies: Policies = {}
  for (const entity of catalog.entities) {
    policies[entity.key] = {}
    for (const field of entity.fields ?? []) policies[entity.key][field.key!] = 'EDITABLE'
  }
  return policies
}

export function policiesFromRules(catalog: Catalog, rules: readonly FieldRule[]): Policies {
  const policies = emptyPolicies(catalog)
  for (const rule of rules) {
    const entity = rule.entity ? policies[rule.entity] : undefined
    if (entity && rule.field && rule.field in entity && rule.policy) entity[rule.field] = rule.policy
  }
  return policies
}

/** Only the restrictions: EDITABLE is the default and is not stored. */
export function rulesFromPolicies(policies: Policies): FieldRule[] {
  const rules: FieldRule[] = []
  for (const [entity, fields] of Object.entries(policies)) {
    for (const [field, policy] of Object.entries(fields)) {
      if (policy !== 'EDITABLE') rules.push({ entity, field, policy })
    }
  }
  return rules
}
