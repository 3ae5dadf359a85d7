// The Element Plus icons the templates use by name, registered once.
import type { App } from 'vue'
import {
  ArrowDown, ChatDotSquare, CopyDocument, Delete, Edit, Expand, Fold, Key, Link, Lock, More, OfficeBuilding,
  Plus, Refresh, RefreshLeft, Search, SwitchButton, Tickets, User, UserFilled, Warning, Rank, Clock,
  Document, Upload, Download, Bell, ArrowLeft, Setting, Star, Operation, Connection, DataAnalysis, Phone, Message,
} from '@element-plus/icons-vue'

const icons = {
  ArrowDown, ChatDotSquare, CopyDocument, Delete, Edit, Expand, Fold, Key, Link, Lock, More, OfficeBuilding,
  Plus, Refresh, RefreshLeft, Search, SwitchButton, Tickets, User, UserFilled, Warning, Rank, Clock,
  Document, Upload, Download, Bell, ArrowLeft, Setting, Star, Operation, Connection, DataAnalysis, Phone, Message,
}

export function registerIcons(app: App): void {
  for (const [name, component] of Object.entries(icons)) app.component(name, component)
}
