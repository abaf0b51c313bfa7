namespace Bot.Discord.Gateway;

internal enum ConnectionNext
{
    Resume,
    Identify,
    Fatal,
}
