using Bot.Core.Matching;
using Bot.Core.Rules;

namespace Bot.Core.Tests.Matching;

public sealed class RuleSetCacheTests
{
    [Fact]
    public void For_SameRulesParsedAgain_ReusesTheCompiledSet()
    {
        var cache = new RuleSetCache();

        var first = cache.For([new WatchRule("r", RuleParser.Parse("actor:russia SENT stance:denial"))]);
        var second = cache.For([new WatchRule("r", RuleParser.Parse("actor:russia  SENT  stance:denial"))]);

        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void For_ChangedRules_CompilesAgain()
    {
        var cache = new RuleSetCache();

        var first = cache.For([new WatchRule("r", RuleParser.Parse("Kremlin"))]);
        var second = cache.For([new WatchRule("r", RuleParser.Parse("Beijing"))]);

        second.ShouldNotBeSameAs(first);
        second.Match("Beijing said so.").ShouldHaveSingleItem();
    }
}
