// next-auth's endpoints (session, csrf, sign-out, the ticket callback). Passwords are never
// checked here: see lib/auth/login-ticket.ts.
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
