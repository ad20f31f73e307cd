# Carets under lines with East Asian wide characters count two columns per wide character.
データ = {"キー": 1}
print("before")
結果 = データ["キー"] + データ["存在しない"]
