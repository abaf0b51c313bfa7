using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own one-sentence phrasings for the lexicon terms of held-out pass 4: Russian dismissals ("considered
/// unacceptable", the verb of slander, "without any objective reasons"), Chinese
/// fabrication phrasings in place of bare 捏造, a state's attacks and hackers as a Chinese possessive, German
/// "schreibt … zu" with a pronoun, masterminds, cracked accounts and "ins Visier", French reported claims ("selon
/// lequel"), Arabic spellings of Lazarus and APT38; each risky term with a hard negative.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    [InlineData("Песков: считаем подобные обвинения в кибератаках недопустимыми.")]
    [InlineData("В посольстве России назвали недопустимыми обвинения во взломе серверов парламента.")]
    public void RussiaDenial_HeldOutPass4Phrasing_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("中方表示，所谓中国黑客攻击议会网络的说法是捏造的。")]
    [InlineData("中国驻英国使馆发言人说，英方在网络攻击问题上捏造事实。")]
    [InlineData("中国外交部发言人称，有关中国黑客窃取数据的报告是恶意捏造。")]
    [InlineData("Хуа Чуньин заявила, что Токио клевещет на Китай, обвиняя его в хакерских атаках.")]
    [InlineData("Представитель МИД КНР назвал недопустимыми обвинения в хакерских атаках.")]
    [InlineData("МИД КНР: Китай без каких-либо объективных причин обвиняют в кибершпионаже.")]
    public void ChinaDenial_HeldOutPass4Phrasing_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("韩国情报机构称，朝鲜的网络攻击去年造成了巨额损失。")]
    [InlineData("报告指出，伊朗网络攻击的目标包括多家海湾国家的银行。")]
    [InlineData("微软表示，来自中国和俄罗斯的黑客攻击了疫苗研究机构。")]
    [InlineData("Microsoft schreibt sie einer iranischen Hackergruppe zu.")]
    [InlineData("Die Hintermänner des Cyberangriffs sitzen nach Erkenntnissen der Ermittler in Russland.")]
    [InlineData("La presse a publié des informations selon lesquelles la Chine aurait piraté les serveurs de l'Union africaine.")]
    [InlineData("Pékin a démenti l'article d'après lequel des services chinois auraient piraté le siège de l'organisation.")]
    [InlineData("قال المحققون إن قراصنة لازاروس مسؤولون عن سرقة عملات مشفرة بقيمة مئات الملايين.")]
    [InlineData("أعلنت الشرطة أن لازاروس جروب تقف وراء سرقة العملات المشفرة من المنصة.")]
    [InlineData("أكد المحققون أن مجموعة إيه بي تي 38 شنت هجمات إلكترونية على البنوك.")]
    public void Accusation_HeldOutPass4Phrasing_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    [Theory]
    [InlineData("Eine Hackergruppe griff das Ministerium an.\nIm Wahlkampf nahm sie auch die Kandidaten der Partei ins Visier.")]
    [InlineData("Geknackte Konten von Wahlkampfhelfern tauchten kurz vor der Landtagswahl im Netz auf.")]
    [InlineData("Bei der Kommunalwahl wurden mehrere E-Mail-Konten geknackt.")]
    [InlineData("选举前夕，选委会网站遭到网络袭击。")]
    [InlineData("選舉前夕，選委會的伺服器遭到網絡侵襲。")]
    public void ElectionHack_HeldOutPass4Phrasing_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    // 捏造 as what hackers do (fabricated lists, mails), "unacceptable" said by the accuser, a provocation seen by the
    // accuser (why "как провокацию" and "преднамеренная провокация" are not denial terms), "for objective reasons": no
    // denial by Russia or China.
    [Theory]
    [InlineData("调查人员说，来自俄罗斯的黑客捏造了竞选文件，企图干扰选举。")]
    [InlineData("中国的黑客捏造电子邮件，冒充政府官员。")]
    [InlineData("Чешский министр назвал действия российских хакеров недопустимыми.")]
    [InlineData("Кремль считает недопустимыми кибератаки на российские банки.")]
    [InlineData("Эстония назвала кибератаку российских хакеров преднамеренной провокацией.")]
    [InlineData("Таллин расценил кибератаку российских хакеров как провокацию.")]
    [InlineData("В Кремле сообщили, что визит отложен в силу объективных причин, не связанных с кибератакой на министерство.")]
    public void Denial_HeldOutPass4HardNegatives_IsNoDenial(string text) => ShouldBeNoDenial(text);

    // "geknackt" of a jackpot or a safe, "ins Visier" and masterminds with no hacking, "selon lequel" in a story with
    // no cyber attack, Lazarus the poet: nothing at all.
    [Theory]
    [InlineData("Ein Rentner aus Moskau hat den Jackpot geknackt und will vor der Wahl spenden.")]
    [InlineData("Einbrecher haben in der Wahlkampfzentrale den Tresor geknackt.")]
    [InlineData("Die Steuerfahndung nimmt vor der Wahl Spenden an die Partei ins Visier.")]
    [InlineData("Die Polizei sucht die Hintermänner des Drogenhandels in Russland.")]
    [InlineData("Moscou dément les informations selon lesquelles la Russie aurait dopé ses athlètes.")]
    [InlineData("Le rapport selon lequel la Chine financerait le port a été démenti par Pékin.")]
    [InlineData("كتبت الشاعرة إيما لازاروس القصيدة المنقوشة على تمثال الحرية.")]
    public void HeldOutPass4_RiskyTermOutsideAHack_DoesNotMatch(string text) => All.Match(text).ShouldBeEmpty();

    // In an article about an attack, a letter to an ambassador and an official note are no attribution.
    [Theory]
    [InlineData("Nach dem Cyberangriff auf die Stadtwerke schreibt sie dem russischen Botschafter einen Brief.")]
    [InlineData("Les hôpitaux ont reçu une note selon laquelle la cyberattaque n'a touché aucune donnée.")]
    [InlineData("中国的网络安全企业在展会上展示了新产品。")]
    public void Accusation_HeldOutPass4HardNegatives_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);

    // "No evidence" with a qualifier between, as spokespeople say it (each fails without its new term).
    [Theory]
    [InlineData("The Kremlin said there was no credible evidence that Russian hackers attacked the ministry.", Presets.RussiaDenial)]
    [InlineData("Peskow sagte, es gebe keine greifbaren Beweise für russische Hackerangriffe.", Presets.RussiaDenial)]
    [InlineData("Pékin affirme qu'il n'existe aucun élément de preuve d'un cyberespionnage chinois.", Presets.ChinaDenial)]
    [InlineData("Захарова заявила, что никаких конкретных доказательств причастности российских хакеров нет.", Presets.RussiaDenial)]
    [InlineData("中国外交部发言人表示，美方没有任何证据证明中国黑客参与网络攻击。", Presets.ChinaDenial)]
    public void Denial_NoEvidenceWithAQualifier_Matches(string text, string preset) => ShouldTrigger(text, preset);
}
