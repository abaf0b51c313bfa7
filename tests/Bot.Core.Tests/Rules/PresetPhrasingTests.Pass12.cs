using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own phrasings for session 12, from the errors on four fresh evaluation sets: the hacker named after "by" ("says it
/// was hacked by Iran", "piraté par", "hackeado por"), a state's hackers through its government
/// ("government-linked hackers"), stealing data as hacking, and Taiwanese "駭電郵" (hacking the emails).
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("FBI investigating after Trump campaign says it was hacked by Iran")]
    [InlineData("Le ministère affirme que son réseau a été piraté par la Chine.")]
    [InlineData("El partido denunció que su servidor fue hackeado por Rusia.")]
    [InlineData("Microsoft said Iranian government-linked hackers tried breaking into the account of a campaign official.")]
    [InlineData("The FBI suspected Iran was behind the attempts to steal data from two presidential campaigns.")]
    public void Accusation_HackerNamedAfterByOrThroughItsGovernment_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    [Theory]
    // Hacked by someone, but no state or group is named.
    [InlineData("The city said its website was hacked by unknown attackers on Sunday.")]
    [InlineData("Le site de la mairie a été piraté par des inconnus.")]
    public void Accusation_HackedByNobodyNamed_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);

    [Fact]
    public void ElectionHack_TaiwaneseHackTheEmails_Matches() =>
        ShouldTrigger("克宮否認俄羅斯駭電郵以介入美國大選", Presets.ElectionHack);
}
