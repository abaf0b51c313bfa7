namespace Bot.Core.Rules;

/// <summary>
/// A watch rule in its first, keyword form: an article matches when, for every group in
/// <see cref="Require"/>, it contains at least one of that group's terms. "Russia denial" is three groups:
/// the actor (Kremlin, Moscow, روسيا …), the stance (denies, dément, نفى …) and the topic (hack, piratage …).
/// </summary>
/// <param name="Name">Unique rule name, shown in alerts.</param>
/// <param name="Require">Groups of alternative terms; each group must be met.</param>
public sealed record WatchRule(string Name, IReadOnlyList<IReadOnlyList<string>> Require);
