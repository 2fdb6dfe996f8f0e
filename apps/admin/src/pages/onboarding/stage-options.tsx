import { IconLayers, IconUser, IconUsers, type RadioCardOption } from "@quartet/ui";
import { useT } from "../../i18n/index.ts";

/** The three growth stages as cards: an icon, a title and a short explanation each. */
export function useStageOptions(): () => RadioCardOption[] {
  const i18n = useT();
  return () => [
    {
      value: "solo",
      label: i18n.t("stages.solo.title"),
      description: i18n.t("stages.solo.description"),
      icon: <IconUser size={18} />,
    },
    {
      value: "specialists",
      label: i18n.t("stages.specialists.title"),
      description: i18n.t("stages.specialists.description"),
      icon: <IconUsers size={18} />,
    },
    {
      value: "departments",
      label: i18n.t("stages.departments.title"),
      description: i18n.t("stages.departments.description"),
      icon: <IconLayers size={18} />,
    },
  ];
}
