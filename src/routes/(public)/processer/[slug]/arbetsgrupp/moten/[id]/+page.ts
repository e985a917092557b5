// The live harvest streams new notes into the page while a session is under way.
export const csr = true;
