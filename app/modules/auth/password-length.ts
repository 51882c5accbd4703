// The password's length bounds, apart from the policy's lists so a form can show
// them (minLength, maxLength) without shipping the lists to the browser.
/** NIST SP 800-63B rev. 4: at least 12 characters where a password is the only factor. */
export const PASSWORD_MIN = 12;
/** Room for long passphrases: NIST asks for at least 64. */
export const PASSWORD_MAX = 128;
