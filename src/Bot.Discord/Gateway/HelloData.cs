namespace Bot.Discord.Gateway;

internal sealed record HelloData(double HeartbeatInterval);
