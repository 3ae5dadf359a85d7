// The Element Plus icons the templates use by name, registered once.
import type { App } from 'vue'
import {
  ArrowDown, ChatDotSquare, CopyDocument, Delete, Edit, Expand, Fold, Key, Link, Lock, More, OfficeBuilding,
  Plus, Refresh, RefreshLeft, Search, SwitchButton, Tickets, User, UserFilled, Warning, Rank, Clock,
} from '@element-plus/icons-vue'

const icons = {
  ArrowDown, ChatDotSquare, CopyDocument, Delete, Edit, Expand, Fold, Key, Link, Lock, More, OfficeBuilding,
  Plus, Refresh, RefreshLeft, Search, SwitchButton, Tickets, User, UserFilled, Warning, Rank, Clock,
}

export function registerIcons(app: App): void {
  for (const [name, component] of Object.entries(icons)) app.component(name, component)
}
