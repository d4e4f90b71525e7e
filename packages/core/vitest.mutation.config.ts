import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tooling/mutation/sources.mjs';

// Mutation runs only (`pnpm mutation`): core's own tests plus every package's tests that exercise
// core (the controller's tests live in mock, the conformance suite in testkit, core/adapter's
// mini program machinery is every mini program adapter's), all against core's sources instead of
// its dist, so a mutant in packages/core/src is seen by all of them.
const project = (name: string, root: string, include = ['test/**/*.test.ts'], exclude: string[] = [], timeout?: number) => ({
  resolve: { alias: sourceAliases },
  test: { name, root, include, exclude, ...(timeout && { testTimeout: timeout, hookTimeout: timeout }) },
});

// web and wechat-h5: their node tests only (they run the controller over the adapter in a fake
// window). Their browser projects start Chromium, which would multiply the time of every mutant.
const NODE_TESTS = ['test/**/*.node.test.ts'];

export default defineConfig({
  test: {
    projects: [
      project('core', '.'),
      project('mock', '../mock'),
      project('testkit', '../testkit'),
      project('wx', '../wx'),
      project('qq', '../qq'),
      project('baidu', '../baidu'),
      project('douyin', '../douyin'),
      // Not miniprogram-build.test.ts: it runs the built miniprogram_dist, never core's sources.
      project('alipay', '../alipay', undefined, ['test/miniprogram-build.test.ts']),
      project('wechat-h5', '../wechat-h5', NODE_TESTS),
      project('web', '../web', NODE_TESTS),
      // Its real servers (redis-server, a fake WeChat API) need the time its own config gives them.
      project('server', '../server', undefined, undefined, 30_000),
    ],
  },
});
