// next-auth (Auth.js v5) owns the session cookie: an encrypted JWT that carries the user id and
// the session version it was issued with. It holds no authority of its own: getSession() checks
// the version, the family and the role against the database on every request.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { readLoginTicket } from "@/lib/auth/login-ticket";
import { findSessionUser } from "@/lib/auth/queries";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (npm start and npm test set one).");
  return secret;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  // Self-hosted under whatever host name the family uses; cookies are scoped to it anyway.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "ticket",
      credentials: { ticket: {} },
      // Accepts only a ticket from our own sign-in action (lib/auth/login-ticket.ts).
      async authorize(credentials) {
        const raw = credentials?.ticket;
        const ticket = typeof raw === "string" ? readLoginTicket(raw, authSecret()) : null;
        if (!ticket) return null;
        const user = await findSessionUser(ticket.userId);
        if (!user || user.sessionVersion !== ticket.sessionVersion) return null;
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
}));
