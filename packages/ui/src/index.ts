export { Avatar } from "./components/avatar.tsx";
export { Badge, type BadgeTone, type Status, StatusPill } from "./components/badge.tsx";
export { Button, type ButtonProps, type ButtonSize, type ButtonVariant } from "./components/button.tsx";
export { Callout, type CalloutTone } from "./components/callout.tsx";
export { Card, type CardProps } from "./components/card.tsx";
export { Chart } from "./components/chart/chart.tsx";
export type { ChartProps, ChartSeries } from "./components/chart/chart-types.ts";
export { Checkbox, type CheckboxProps } from "./components/checkbox.tsx";
export { Combobox, type ComboboxProps } from "./components/combobox.tsx";
export { ConfirmDialog, type ConfirmDialogProps } from "./components/confirm-dialog.tsx";
export { CopyField } from "./components/copy-field.tsx";
export { Dialog, type DialogProps } from "./components/dialog.tsx";
export { EmptyState, type EmptyStateProps } from "./components/empty-state.tsx";
export { FileField, type FileFieldProps } from "./components/file-field.tsx";
export { FormDialog, type FormDialogProps } from "./components/form-dialog.tsx";
export * from "./components/icons.tsx";
export { initialsOf } from "./components/initials.ts";
export {
  Menu,
  MenuHeader,
  MenuItem,
  type MenuProps,
  MenuRadioGroup,
  MenuSeparator,
} from "./components/menu.tsx";
export { PageHeader } from "./components/page-header.tsx";
export { ProgressBar, type ProgressBarProps } from "./components/progress-bar.tsx";
export { type RadioCardOption, RadioCards, type RadioCardsProps } from "./components/radio-cards.tsx";
export { type Reading, ReadingsList } from "./components/readings-list.tsx";
export { Loaded, LoadFailed, loaded } from "./components/resource-state.tsx";
export { RowActions } from "./components/row-actions.tsx";
export { runWithToast } from "./components/run-with-toast.ts";
export { screenKeys, typingIn } from "./components/screen-keys.ts";
export { scrollCues } from "./components/scroll-cues.ts";
export { permittedViews, type SectionView } from "./components/section-views.ts";
export { Select, type SelectOption, type SelectProps } from "./components/select.tsx";
export { Spinner } from "./components/spinner.tsx";
export { StageMoveMenu } from "./components/stage-move-menu.tsx";
export { StatTile, type StatTileProps } from "./components/stat-tile.tsx";
export { Stepper } from "./components/stepper.tsx";
export { Switch, type SwitchProps } from "./components/switch.tsx";
export { Table, type TableColumn, type TableProps } from "./components/table.tsx";
export { type TabItem, Tabs } from "./components/tabs.tsx";
export { TagInput, type TagInputProps } from "./components/tag-input.tsx";
export { addTags, removeTag } from "./components/tags.ts";
export { TextField, type TextFieldProps } from "./components/text-field.tsx";
export { showToast, ToastRegion, type ToastTone } from "./components/toast.tsx";
export { isCurrentView, type ViewLink, ViewLinks } from "./components/view-links.tsx";
export type {
  DocumentsApi,
  DocumentTypeItem,
  IssuedDocumentItem,
  SendDocumentRequest,
} from "./documents/documents-api.ts";
export { DocumentsCard, type DocumentsCardProps } from "./documents/documents-card.tsx";
export { type FieldBound, fieldBound, refusalText } from "./errors/refusal-text.ts";
export { failureOf, type MessageRef, type ServerFailure } from "./errors/server-failure.ts";
export {
  type ContactLink,
  emailLink,
  formatPhone,
  phoneLink,
  telegramLink,
  websiteLink,
} from "./format/contact-links.ts";
export { domainToUnicode } from "./format/punycode.ts";
export * from "./i18n/index.ts";
export {
  type PluginApi,
  PluginApiProvider,
  useCoreApi,
  usePluginApi,
} from "./plugin-api/plugin-api-context.tsx";
export { PluginScope, usePluginScope } from "./plugin-api/plugin-scope.tsx";
export type { CoreClient, CoreInputs, CoreOutputs, RouterClient } from "./plugin-api/router-client.ts";
export { routerKeyOf } from "./plugin-api/router-key.ts";
export { isSalesFunction, type SalesFunction, salesFunctions } from "./sales-functions.ts";
export * from "./schema-form/index.ts";
export * from "./slots/index.ts";
export { type TimelineEntryText, timelineAuthor, timelineText } from "./timeline/timeline-text.ts";
