// A push service on this machine, for tests (issue 19): no public one (FCM, Mozilla's, Apple's) is
// reachable from here. It plays both sides a real one connects: it checks each request's VAPID
// header (RFC 8292: an ES256 JWT for this origin, signed by the key it names) and, holding the
// device's private key as the browser would, decrypts the payload (RFC 8291, aes128gcm). A test
// makes devices, tells one what to answer (a 500, a 410), and reads what each received.
import { createECDH, createPublicKey, randomBytes, randomUUID, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
// http_ece: the reference implementation of RFC 8188 that web-push itself encrypts with.
import ece from "http_ece";

export type Received = {
  /** The decrypted payload, parsed. */
  message: Record<string, unknown>;
  ttl: number;
  urgency: string | null;
  /** The JWT's claims, after its signature was checked. */
  vapid: { aud: string; sub: string; exp: number; publicKey: string };
};

export type TestDevice = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The ECDH private key, for a browser test's service worker to hold (raw, base64url). */
  privateKey: string;
  received: Received[];
  /** Statuses to answer with next, in order; then 201. */
  answer: (...statuses: number[]) => void;
  /** Every request that reached it, answered or not. */
  attempts: number;
};

function checkVapid(header: string | undefined, origin: string): Received["vapid"] {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`no VAPID authorization: ${header}`);
  const [, jwt, k] = match as unknown as [string, string, string];
  const [head, claims, signature] = jwt.split(".") as [string, string, string];
  const point = Buffer.from(k, "base64url");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33, 65).toString("base64url"),
    },
    format: "jwk",
  });
  const valid = verify(
    "sha256",
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  if (!valid) throw new Error("VAPID signature does not verify");
  const body = JSON.parse(Buffer.from(claims, "base64url").toString()) as Received["vapid"];
  if (body.aud !== origin) throw new Error(`VAPID audience ${body.aud}, expected ${origin}`);
  if (body.exp * 1000 < Date.now() || body.exp * 1000 > Date.now() + 24 * 3600 * 1000)
    throw new Error("VAPID expiry outside 24 hours");
  return { ...body, publicKey: k };
}

export async function startPushService() {
  const devices = new Map<
    string,
    TestDevice & { ecdh: ReturnType<typeof createECDH>; queue: number[] }
  >();
  let origin = "";
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const device = devices.get(request.url?.split("/").pop() ?? "");
      if (!device) return void response.writeHead(404).end();
      device.attempts++;
      const status = device.queue.shift() ?? 201;
      if (status < 300) {
        try {
          const vapid = checkVapid(request.headers.authorization, origin);
          if (request.headers["content-encoding"] !== "aes128gcm")
            throw new Error("payload not aes128gcm");
          const plain = ece.decrypt(Buffer.concat(chunks), {
            version: "aes128gcm",
            privateKey: device.ecdh,
            authSecret: device.keys.auth,
          });
          device.received.push({
            message: JSON.parse(plain.toString("utf8")) as Record<string, unknown>,
            ttl: Number(request.headers.ttl),
            urgency: (request.headers.urgency as string | undefined) ?? null,
            vapid,
          });
        } catch (error) {
          // A push service refuses what it cannot verify: the test sees no message arrive.
          console.warn(`[test push service] ${(error as Error).message}`);
          return void response.writeHead(400).end();
        }
      }
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    /** A browser's subscription: its own keys and address at this service. */
    device(): TestDevice {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const id = randomUUID();
      const device = {
        ecdh,
        queue: [] as number[],
        endpoint: `${origin}/push/${id}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString("base64url"),
          auth: randomBytes(16).toString("base64url"),
        },
        privateKey: ecdh.getPrivateKey().toString("base64url"),
        received: [] as Received[],
        attempts: 0,
        answer(...statuses: number[]) {
          this.queue.push(...statuses);
        },
      };
      devices.set(id, device);
      return device;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type PushService = Awaited<ReturnType<typeof startPushService>>;
