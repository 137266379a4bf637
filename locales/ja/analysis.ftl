# 分析の言葉：売上の伸びのメモ、相性スコアの根拠、「ダッシュボード」の「要確認」の行。

lift-not-started = キャンペーンがまだ始まっていないか、最初の数日の売上がまだ取り込まれていません。
lift-no-window-sales = キャンペーン期間の売上データがまだありません。その期間の売上を取り込んでください。
lift-not-enough-history = 過去の売上データが足りません：キャンペーン前の{ $weeks }週間で使える日は{ $days }日です（{ $min_days }日以上、かつ各曜日{ $min_weekday }日以上が必要です）。もっと前の売上を取り込むか、ほかのキャンペーンの日程をその期間から外してください。
lift-overlaps = { $campaigns }と同じ時期に行われています。これらのキャンペーンを合わせた売上の伸びで、それぞれに表示しますが、合算はしません。
lift-missing-days = キャンペーン期間のうち{ $count }日は売上データがないため、除外しています。
lift-pending-days = キャンペーン期間のうち{ $count }日はまだこれからです。推定はこれまでの日の分です。
lift-range-includes-zero = 範囲に0が含まれています。キャンペーンによる追加の売上はなかったかもしれません。キャンペーンを長くするか、履歴の週数を増やすと、範囲が狭くなります。
lift-more-history = ほかのキャンペーンのない履歴の週数が増えると、範囲が狭くなります。

fit-engagement = { $platform }で{ $rate }%（規模：{ $tier ->
        [community] コミュニティ
        [nano] ナノ
        [micro] マイクロ
        [macro] マクロ
        [mega] メガ
       *[other] { $tier }
    }、目安は{ $low }〜{ $high }%）
fit-missing-engagement-rate = メインアカウントのエンゲージメント率
fit-missing-account = SNSアカウントとそのエンゲージメント率
fit-locality = フォロワーの{ $pct }%が地元
fit-missing-locality = 地元のフォロワーの割合
fit-rated = { $what ->
    [values] 価値観の一致
   *[authenticity] コンテンツの信頼性
    }：{ $rating }（5段階評価）
fit-missing-rating = { $what ->
    [values] 価値観の一致についてのご自身の評価
   *[authenticity] コンテンツの信頼性についてのご自身の評価
    }
fit-kept = 約束{ $total }件中、期限内{ $on_time }件、遅れ{ $late }件、未達成{ $missed }件
fit-missing-kept = 期限を迎えた約束（約束の履行）
fit-missing-roi = このパートナーとの、終了したキャンペーン（過去のROI）
fit-missing-roi-measured = 過去のROI：終了したキャンペーンは、費用がないか、売上の伸びだけで計測されています
fit-roi = 終了したキャンペーン{ $count }件でROI { $roi }%
attention-code-never-used = { $name }のコード{ $codes }は一度も使われていません
attention-conflicts = 別々のパートナーのコードを2つ使った注文が{ $count }件あります（1回だけ数えます）
attention-ends-on = { $day }に終了
