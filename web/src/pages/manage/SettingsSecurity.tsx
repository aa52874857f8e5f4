/**
 * The signed-in user's own security (part of the settings page): personal API tokens, two-factor
 * sign-in, the password and the signed-in sessions. Changing a credential asks again for the
 * current password, or a current one-time code once two-factor sign-in is on.
 */
export { ChangePassword } from "./SettingsPassword";
export { Sessions } from "./SettingsSessions";
export { ApiTokens } from "./SettingsTokens";
export { TwoFactor } from "./SettingsTwoFactor";
