using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// Own phrasings for the lexicon terms of pass 11 (sets T and U): the accusation called a political commission,
/// demands for proof with words between the verb and the evidence, an empty evidence base, 'not … a single fact',
/// concrete data or facts demanded, 'no basis' in past tenses, 'no kind of proof', disagreeing with the conclusions,
/// 'لا صحة ل…', Chinese 'no evidence' with a qualifier, German compounds of the made-up threat and the US
/// disinformation campaign, the accusations called unscientific; the speakers Taiwan spells its own way (普丁, 培斯科夫),
/// the State Duma and Volodin, the Federation Council, Russian ambassadors; German 'zurückgeführt' and 'in Verbindung
/// steht', Spanish 'rastrearon hasta' and the Chinese short passives 被控, 遭控, 被指. And the hard negatives that keep
/// them narrow: an ambassador's surname alone, a bare disinformation campaign, 被控制 and 被指定.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Theory]
    // A political commission, ordered or paid for.
    [InlineData("МИД России назвал обвинения в кибератаках на США политическим заказом.")]
    [InlineData("Рябков заявил, что доклад о российских хакерах выполнен как политзаказ.")]
    [InlineData("Захарова отметила, что публикации о российских хакерах носят заказной характер.")]
    [InlineData("Le Kremlin a qualifié les accusations de piratage de « commande politique ».")]
    [InlineData("Moscú calificó las acusaciones de ciberataques de encargo político.")]
    [InlineData("Der Kreml nannte die Hackervorwürfe eine politische Auftragsarbeit.")]
    // A demand for proof with the addressee or a qualifier between the verb and the evidence.
    [InlineData("Москва потребовала от Лондона конкретных доказательств причастности российских хакеров.")]
    [InlineData("Russia demanded from Britain concrete evidence of the hacking.")]
    [InlineData("Moscou a exigé de Paris des preuves de la cyberattaque.")]
    [InlineData("Rusia exigió a Alemania pruebas del ciberataque.")]
    [InlineData("Moskau forderte von Berlin Beweise für den Hackerangriff.")]
    // Not slogans but concrete evidence.
    [InlineData("«Нужны не лозунги, а конкретные доказательства причастности России к кибератакам», — заявил Песков.")]
    // The evidence base is empty; not a single fact.
    [InlineData("Peskov said the evidence base is empty in the story of Russian hackers.")]
    [InlineData("Песков заявил, что доказательной базы нет в истории с российскими хакерами.")]
    [InlineData("Russia's foreign ministry said Washington does not have a single fact about Russian hackers.")]
    // Concrete data or facts demanded.
    [InlineData("Lavrov pidió que España presente datos concretos sobre los ciberataques.")]
    [InlineData("Moscou demande à Paris de présenter des faits concrets sur les cyberattaques.")]
    [InlineData("Moscow urged London to present concrete facts about the hacking.")]
    [InlineData("Москва призвала Лондон представить конкретные факты о кибератаках.")]
    // No basis, in past tenses; no kind of proof.
    [InlineData("El embajador ruso dijo que las acusaciones de ciberataques no tenían fundamento.")]
    [InlineData("El Kremlin afirmó que las acusaciones de hackeo carecían de fundamento.")]
    [InlineData("L'ambassade russe a déclaré que les accusations de piratage n'avaient aucun fondement.")]
    [InlineData("La embajada rusa dijo que no hay ninguna clase de prueba sobre los ciberataques.")]
    [InlineData("Moscou affirme qu'il n'existe aucune sorte de preuve sur la cyberattaque.")]
    // No truth to the accusations.
    [InlineData("وأكدت روسيا أن لا صحة للاتهامات بشن هجمات إلكترونية.")]
    [InlineData("قال الكرملين إن الاتهامات بالقرصنة ليس لها أي أساس من الصحة.")]
    // No conclusive evidence, in Traditional characters.
    [InlineData("普丁強調，沒有確切證據顯示俄羅斯發動網路攻擊。")]
    // Disagreeing with the conclusions; the accusations not held proven.
    [InlineData("В Кремле не согласны с выводами доклада о российских хакерах.")]
    [InlineData("Москва не считает обвинения в кибератаках доказанными.")]
    [InlineData("The Kremlin does not agree with the conclusions of the report on Russian hackers.")]
    [InlineData("Moscow does not consider the hacking allegations proven.")]
    [InlineData("Le Kremlin n'est pas d'accord avec les conclusions du rapport sur les pirates russes.")]
    [InlineData("Moscú no está de acuerdo con las conclusiones del informe sobre los hackers rusos.")]
    [InlineData("Moskau ist nicht einverstanden mit den Schlussfolgerungen des Berichts über russische Hacker.")]
    [InlineData("قال الكرملين إن روسيا لا تتفق مع استنتاجات التقرير بشأن القراصنة الروس.")]
    [InlineData("俄方不同意该报告的结论，这份报告指责俄罗斯黑客攻击美国。")]
    public void RussiaDenial_Pass11Wording_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    // Taiwan's spellings of Putin and Peskov.
    [InlineData("普丁否認與駭客攻擊有任何關係。")]
    [InlineData("培斯科夫表示，關於駭客攻擊的指控毫無根據。")]
    // The State Duma and its chairman.
    [InlineData("أكد رئيس مجلس الدوما أن الاتهامات بالتدخل في الانتخابات الأمريكية لا صحة لها.")]
    [InlineData("State Duma chairman Vyacheslav Volodin called the hacking allegations absurd.")]
    [InlineData("Володин назвал обвинения в хакерских атаках абсурдными.")]
    [InlineData("Wolodin nannte die Hackervorwürfe absurd.")]
    [InlineData("Le président de la Douma d'État, Viatcheslav Volodine, a qualifié d'absurdes les accusations de piratage.")]
    [InlineData("国家杜马主席沃洛金称，有关黑客攻击的指控毫无根据。")]
    [InlineData("El presidente de la Duma Estatal calificó de absurdas las acusaciones de ciberataques.")]
    // The Federation Council's members.
    [InlineData("Konstantin Kosachev called the hacking accusations groundless.")]
    [InlineData("Alexeï Pouchkov a qualifié d'infondées les accusations de cyberattaques.")]
    // Ambassadors by full name, and by surname once the full name came before.
    [InlineData("Ambassador Andrei Kelin said the hacking allegations were unfounded.")]
    [InlineData("Sergei Nechayev was summoned over the APT28 attack. Nechayev called the accusations absurd.")]
    [InlineData("Der Botschafter Sergej Netschajew wurde wegen des Hackerangriffs einbestellt. Netschajew nannte die Vorwürfe absurd.")]
    [InlineData("El embajador Serguéi Koshkin dijo que las acusaciones de injerencia electoral no tenían fundamento.")]
    public void RussiaDenial_Pass11Speakers_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    // The surname alone, with no full name before it, is nobody in particular.
    [InlineData("Nechayev called the hacking accusations absurd.")]
    // A disinformation campaign that Russia runs is the accusation, not a denial: only the US one is a retort.
    [InlineData("Russland führt nach Angaben des Verfassungsschutzes eine Desinformationskampagne und Hackerangriffe gegen Deutschland.")]
    // A demand for proof about doping is no denial of hacking.
    [InlineData("Der Kreml forderte von der WADA konkrete Beweise im Dopingskandal.")]
    public void RussiaDenial_Pass11HardNegatives_DoNotMatch(string text) => ShouldNotTrigger(text, Presets.RussiaDenial);

    [Theory]
    // The made-up cyber threat and the US disinformation campaign.
    [InlineData("Peking nannte die Volt-Typhoon-Vorwürfe eine US-Desinformationskampagne.")]
    [InlineData("Das chinesische Außenministerium sprach von einer erfundenen Cyber-Bedrohung.")]
    [InlineData("Peking bezeichnete den Bericht über Volt Typhoon als typisches Desinformationsmanöver der US-Geheimdienste.")]
    [InlineData("China's foreign ministry called the Volt Typhoon report a US disinformation campaign.")]
    [InlineData("Pékin a qualifié le rapport sur les cyberattaques de campagne de désinformation américaine.")]
    [InlineData("Pekín calificó las acusaciones de ciberespionaje de campaña de desinformación estadounidense.")]
    [InlineData("МИД КНР назвал доклад о китайских хакерах американской дезинформационной кампанией.")]
    // Unscientific.
    [InlineData("El Gobierno chino aseguró que las sospechas sobre los piratas informáticos chinos «no son científicas».")]
    [InlineData("China's foreign ministry said the hacking accusations were unscientific.")]
    [InlineData("Pékin juge « pas scientifiques » les accusations de piratage.")]
    [InlineData("Peking nannte die Hackervorwürfe unwissenschaftlich.")]
    [InlineData("МИД КНР назвал обвинения в кибератаках ненаучными.")]
    [InlineData("وصفت الخارجية الصينية اتهامات القرصنة بأنها غير علمية.")]
    [InlineData("中国外交部表示，有关黑客攻击的指责不科学。")]
    // No credible or sufficient evidence.
    [InlineData("中方指出，缺乏可信证据证明网络攻击来自中国。")]
    [InlineData("中方表示，没有充分证据显示中国黑客参与攻击。")]
    // Insinuations.
    [InlineData("中方斥责美方在网络安全问题上含沙射影。")]
    [InlineData("La embajada china calificó de insinuaciones las acusaciones de ciberespionaje.")]
    public void ChinaDenial_Pass11Wording_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    // Traced back to, linked to.
    [InlineData("Prag hat den Cyberangriff auf das Außenministerium auf den chinesischen Geheimdienst zurückgeführt.")]
    [InlineData("Der Cyberangriff stammt von einer Gruppe, die mit dem russischen Militärgeheimdienst in Verbindung steht.")]
    [InlineData("Los investigadores rastrearon hasta China el origen del ciberataque.")]
    // The Chinese short passives of accusing.
    [InlineData("俄罗斯过去被控利用网攻干扰政府运作。")]
    [InlineData("伊朗被指对以色列供水系统实施网攻。")]
    [InlineData("朝鲜遭控窃取加密货币交易所的数据，进行网络攻击。")]
    public void Accusation_Pass11Wording_Matches(string text) => ShouldTrigger(text, Presets.Accusation);

    [Theory]
    // 被控制 is "controlled", 被指定 "designated": neither accuses anyone.
    [InlineData("俄罗斯一家银行的服务器被控制了数小时，网络攻击已被击退。")]
    [InlineData("中国的网络安全中心被指定为应对网络攻击的牵头机构。")]
    public void Accusation_ChinesePassiveOfControlOrDesignation_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.Accusation);
}
