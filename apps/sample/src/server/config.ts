/**
 * The demo's WeChat identity. Server-side only: the simulated runtime encrypts share info with
 * this session key and POST /api/group-id decrypts with it; the browser never sees it.
 * A real mini program gets its session_key from code2Session (wx.login on the client).
 */
export const DEMO_APP_ID = 'wxsharekitsample';

/** base64 of the 16 ASCII bytes `sharekit-demo-k1`: an AES-128 key, as a session_key is. */
export const DEMO_SESSION_KEY = 'c2hhcmVraXQtZGVtby1rMQ==';

