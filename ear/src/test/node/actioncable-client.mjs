// Drives the official @rails/actioncable client against Herald's /websocket, the way a Loom app
// would: bearer token on the upgrade, one EventChannel subscription. Prints "connected" once the
// subscription is confirmed, then one line per received message, and exits after `count` messages
// (or with status 1 after `timeoutMs`).
//   node actioncable-client.mjs <url> <token> <events> <count> <timeoutMs>
import WebSocket from 'ws';

const [url, token, events, count, timeoutMs] = process.argv.slice(2);

// The client's connection monitor expects a browser page.
globalThis.addEventListener = () => {};
globalThis.removeEventListener = () => {};
globalThis.document = { visibilityState: 'visible', addEventListener() {}, removeEventListener() {} };

const { adapters, createConsumer } = await import('@rails/actioncable');

// Browsers cannot set headers on a WebSocket; under Node the ws package can.
adapters.WebSocket = class extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers: { Authorization: `Bearer ${token}` } });
  }
};

const consumer = createConsumer(url);
let received = 0;
consumer.subscriptions.create({ channel: 'EventChannel', events }, {
  connected() {
    console.log('connected');
  },
  rejected() {
    console.log('rejected');
    process.exit(2);
  },
  received(message) {
    console.log(JSON.stringify(message));
    if (++received >= Number(count)) {
      consumer.disconnect();
      process.exit(0);
    }
  },
});

setTimeout(() => {
  console.error(`timed out after ${received} of ${count} messages`);
  process.exit(1);
}, Number(timeoutMs));
