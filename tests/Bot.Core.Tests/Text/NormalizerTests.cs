using Bot.Core.Tests.Support;
using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class NormalizerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "KREMLIN Denies", "kremlin denies" },
        { "Pékin dément", "pekin dement" },
        { "a\u00A0b\u2009c", "a b c" },
        { "\uFEF7 \uFEF9", "لا لا" },
        { "نَفَى", "نفي" },
        { "الكـــرملين", "الكرملين" },
        { "أ إ آ ٱ", "ا ا ا ا" },
        { "مستشفى", "مستشفي" },
        { "الحملة", "الحمله" },
        { "السیبرانیة کبیر", "السيبرانيه كبير" },
        { "االفرنسية", "الفرنسيه" },
        { "l'attaque d’une qu'il", "attaque une il" },
        { "Ёлка, ещё", "елка еще" },
        { "克里姆林宫否认", "克 里 姆 林 宫 否 认" },
        { "外交部發言人否認駭客攻擊", "外 交 部 发 言 人 否 认 骇 客 攻 击" },
        { "\uF900", "岂" },
        { "«absurde» “baseless”", "absurde baseless" },
        { "DDoS, dos EEUU russe", "ddos dos eeuu russe" },
        { "U.S.-led", "u s led" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalize_Text_FoldsAsTheIssueLists(string text, string expected)
    {
        Normalizer.Normalize(text).ShouldBe(expected);
    }

    [Fact]
    public void Normalize_AnyText_IsIdempotent()
    {
        Generators.Check(Generators.AnyText, text =>
        {
            var once = Normalizer.Normalize(text);
            return Normalizer.Normalize(once) == once;
        }, tests: 2000);
    }

    [Fact]
    public void Normalize_EveryChineseCharacter_FoldsOnceAndForAll()
    {
        // Exhaustive where the Traditional table applies: a folded character never folds again.
        for (var c = '\u3400'; c < '\uFB00'; c++)
        {
            var once = Normalizer.Normalize(c.ToString());
            Normalizer.Normalize(once).ShouldBe(once, $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Normalize_RuleTermAndArticleText_AgreeOnArabicArticle()
    {
        var pattern = Bot.Core.Matching.TermPattern.Compile("الكرملين");

        pattern.ShouldHaveSingleItem().Form.ShouldBe("كرملين");
    }
}
