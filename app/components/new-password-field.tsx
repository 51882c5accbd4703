import { Field } from "~/components/ui/field";
import { useI18n } from "~/lib/i18n/react";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/modules/auth/password-length";

/** A field for choosing a password, with the rule shown before typing (decision 0013). */
export function NewPasswordField({
  label,
  name = "password",
  error,
}: {
  label: string;
  name?: string;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={t("accounts.signUp.passwordRules")}
      error={error}
    />
  );
}
