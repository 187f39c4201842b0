package io.herald.bench;

/** A server under load: Herald or the raw baseline, where its clients connect and how it is fed. */
record Target(String name, String host, int port, ProcessMeter server, EventSink sink) {
}
