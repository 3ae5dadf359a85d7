// Fills a development backend with a few departments, users and roles so the screens have
// something to show. Usage: node scripts/seed-dev.mjs  (KEZHI_API, KZ_COMPANY, KZ_USER, KZ_PASS)
const base = process.env.KEZHI_API ?? 'http://localhost:8081'
const company = process.env.KZ_COMPANY ?? 'tyh'
const username = process.env.KZ_USER ?? 'admin'
const password = process.env.KZ_PASS ?? 'Admin1234'

const jar = new Map()
function remember(response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';')
    const [name, value] = pair.split('=')
    const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()))
    if (expired || value === '') jar.delete(name.trim())
    else jar.set(name.trim(), value)
  }
}

async function call(method, path, body, headers = {}) {
  if (method !== 'GET' && !jar.has('XSRF-TOKEN')) await call('GET', '/api/v1/auth/csrf')
  const response = await fetch(base + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': 'zh-CN',
      Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(method !== 'GET' ? { 'X-XSRF-TOKEN': jar.get('XSRF-TOKEN') ?? '' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  remember(response)
  const text = await response.text()
  const data = text ? JSON.parse(text) : null
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`)
  return data
}

const options = await call('GET', '/api/v1/auth/options')
await call('POST', '/api/v1/auth/login', { company: options.companyRequired ? company : undefined, username, password })
// Find-or-create, so running it twice (or after a failure) is harmless.
const existing = await call('GET', '/api/v1/departments')
const existingUsers = (await call('GET', '/api/v1/users?size=200')).items
if (existingUsers.some((u) => u.username === 'zhangwei')) {
  console.log('already seeded')
  process.exit(0)
}
const root = existing.find((d) => d.parentId === null)
const dept = async (parentId, name, sortOrder) =>
  existing.find((d) => d.name === name && d.parentId === parentId) ??
  call('POST', '/api/v1/departments', { parentId, name, sortOrder })
const north = await dept(root.id, '华北大区', 10)
const east = await dept(root.id, '华东大区', 20)
const beijing = await dept(north.id, '北京办事处', 10)
const tianjin = await dept(north.id, '天津办事处', 20)
const shanghai = await dept(east.id, '上海分公司', 10)
const finance = await dept(root.id, '财务部', 30)
await dept(root.id, '临时项目组', 40)

const catalog = await call('GET', '/api/v1/permission-catalog')
const existingRoles = (await call('GET', '/api/v1/roles?size=200')).items
const role = async (body) => existingRoles.find((r) => r.name === body.name) ?? call('POST', '/api/v1/roles', body)
const sales = await role({
  name: '销售代表',
  description: '查看和维护本人负责的客户与联系人',
  permissions: [
    { module: 'user', operation: 'VIEW', scope: 'DEPARTMENT' },
    { module: 'department', operation: 'VIEW', scope: 'DEPARTMENT_TREE' },
  ],
  fieldPolicies: [{ entity: 'user', field: 'mobile', policy: 'READ_ONLY' }],
})
const manager = await role({
  name: '销售经理',
  description: '管理本部门及下属部门的销售人员',
  permissions: catalog.modules
    .filter((m) => m.key === 'user' || m.key === 'department')
    .flatMap((m) => m.operations.map((o) => ({ module: m.key, operation: o.key, scope: 'DEPARTMENT_TREE' }))),
  fieldPolicies: [],
})
const hr = await role({ name: '人事专员', description: '维护员工档案', permissions: [{ module: 'user', operation: 'VIEW', scope: 'ALL' }, { module: 'user', operation: 'EDIT', scope: 'ALL' }], fieldPolicies: [] })

const people = [
  ['zhangwei', '张伟', north.id, '大区经理', [manager.id], null],
  ['lina', '李娜', beijing.id, '销售代表', [sales.id], 'zhangwei'],
  ['wangfang', '王芳', beijing.id, '销售代表', [sales.id], 'zhangwei'],
  ['liuyang', '刘洋', tianjin.id, '销售代表', [sales.id], 'zhangwei'],
  ['chenjing', '陈静', east.id, '大区经理', [manager.id], null],
  ['yangmin', '杨敏', shanghai.id, '高级销售', [sales.id], 'chenjing'],
  ['zhaolei', '赵磊', shanghai.id, '销售代表', [sales.id], 'chenjing'],
  ['huangli', '黄丽', finance.id, '会计', [], null],
  ['zhouqiang', '周强', root.id, '人事专员', [hr.id], null],
  ['wuxia', '吴霞', shanghai.id, '销售助理', [sales.id], 'chenjing'],
]
const ids = {}
for (const [login, name, departmentId, jobTitle, roleIds, superior] of people) {
  const user = await call('POST', '/api/v1/users', {
    username: login,
    displayName: name,
    password: 'Passw0rd1',
    email: `${login}@tianyihua.example.cn`,
    mobile: `138${String(10000000 + Object.keys(ids).length * 1234567).slice(0, 8)}`,
    jobTitle,
    departmentId,
    superiorId: superior ? ids[superior] : undefined,
    roleIds,
  })
  ids[login] = user.id
}
// Something in the recycle bin, and a status change for the history.
const temp = await call('POST', '/api/v1/users', { username: 'intern01', displayName: '实习生小孙', password: 'Passw0rd1', departmentId: shanghai.id })
await call('DELETE', `/api/v1/users/${temp.id}`, undefined, { 'If-Match': `"${temp.version}"` })
const left = await call('GET', `/api/v1/users/${ids.wuxia}`)
await call('POST', `/api/v1/users/${left.id}/status`, { status: 'LEFT' }, { 'If-Match': `"${left.version}"` })
const moved = await call('GET', `/api/v1/users/${ids.liuyang}`)
await call('PATCH', `/api/v1/users/${moved.id}`, { jobTitle: '高级销售代表', mobile: '13900001111' }, { 'If-Match': `"${moved.version}"` })
const depts = await call('GET', '/api/v1/departments')
const tempDept = depts.find((d) => d.name === '临时项目组')
await call('DELETE', `/api/v1/departments/${tempDept.id}`, undefined, { 'If-Match': `"${tempDept.version}"` })
console.log('seeded', Object.keys(ids).length + 1, 'users')
