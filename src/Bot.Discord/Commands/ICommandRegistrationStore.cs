namespace Bot.Discord.Commands;

/// <summary>
/// Where the hash of the last registered command set is kept, per scope (<c>{application}/global</c> or
/// <c>{application}/guild/{id}</c>), so commands are only sent again when they changed.
/// </summary>
public interface ICommandRegistrationStore
{
    ValueTask<string?> GetHashAsync(string scope, CancellationToken cancellationToken);

    ValueTask SaveHashAsync(string scope, string hash, CancellationToken cancellationToken);
}
