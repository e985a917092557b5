// Staff pages keep client-side navigation and need the browser for passkeys and live harvests.
export const csr = true;
