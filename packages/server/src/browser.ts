import { ShareError } from '@sharekit/core';

// What bundlers load through the "browser" / "worker" export conditions. Decrypting on a client
// would mean shipping the session_key to it, so the bundle fails the moment it loads instead.
const NODE_ONLY_MESSAGE =
  '@sharekit/server is Node-only: it holds the session_key; call it from your server, never from a client bundle';

function refuse(): never {
  throw new ShareError('unsupported', NODE_ONLY_MESSAGE);
}

// Same names as the Node build, so `import { decryptShareInfo }` resolves and reaches the throw
// below instead of failing with a bundler's "no matching export".
// The ./redis subpath resolves here too in client bundles.
export {
  refuse as createJsapiSigner,
  refuse as createMemoryTicketStore,
  refuse as createRedisTicketStore,
  refuse as decryptGroupEnterInfo,
  refuse as decryptOpenData,
  refuse as decryptShareInfo,
  refuse as signJsapi,
};
export { isShareError, ShareError } from '@sharekit/core';

refuse();
