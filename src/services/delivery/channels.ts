import type { ChannelName, DeliveryChannel } from "./channel.js";
import { emailChannel } from "./email.js";
import { httpChannel } from "./http.js";

export type Channels = Readonly<Record<ChannelName, DeliveryChannel>>;

/** Every delivery channel Carousel has, email sending through `smtpUrl`. */
export function deliveryChannels(smtpUrl: string | undefined): Channels {
  return { http: httpChannel, email: emailChannel(smtpUrl) };
}
