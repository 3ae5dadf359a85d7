export type UserCommand = 'edit' | 'move' | 'roles' | 'password' | 'activate' | 'disable' | 'leave' | 'history' | 'handOver' | 'delete'
