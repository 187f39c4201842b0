/**
 * Zaikio Loom's WebSocket delivery: Rails ActionCable, subprotocol {@code actioncable-v1-json}.
 *
 * <p>Client {@link io.herald.web.protocol.loom.Command}s are {@code subscribe}, {@code unsubscribe}
 * and {@code message}, each with an {@code identifier} that is itself a JSON text and is echoed
 * byte for byte. Loom has one channel, {@code EventChannel}, whose identifier lists event names:
 * {@code {"channel":"EventChannel","events":"a.b,c.d"}}.
 *
 * <p>Herald adds Loom's two roadmap items in ActionCable's own style, as {@code message} commands
 * whose data carries an {@code action} (what {@code subscription.perform(action, data)} of the
 * official JavaScript client sends):
 * <ul>
 * <li>{@code {"command":"message","identifier":S,"data":"{\"action\":\"rewind\",\"since_id\":\"<event id>\"}"}}
 * replays the subscription's stored events after that event, in order, then goes on live with no gap
 * and no duplicate; {@code "since":"<ISO-8601>"} instead of {@code since_id} replays the events
 * Herald received at or after that time. The replay ends with
 * {@code {"identifier":S,"message":{"action":"rewind_complete","replayed":N}}}, or
 * {@code {"identifier":S,"message":{"action":"rewind_failed","reason":R}}} with R one of
 * {@code unknown_event}, {@code invalid_arguments}, {@code rewind_in_progress}, {@code unavailable}.
 * <li>{@code {"command":"message","identifier":S,"data":"{\"action\":\"ack\",\"ids\":[\"<event id>\",..]}"}}
 * acknowledges events; never answered. It counts on subscriptions whose identifier asks for
 * at-least-once delivery, {@code {"channel":"EventChannel","events":"a.b","delivery":"at_least_once"}}:
 * after each (re)subscribe such a subscription first receives the app's un-acknowledged events since
 * it first asked, then live ones.
 * </ul>
 */
package io.herald.web.protocol.loom;
