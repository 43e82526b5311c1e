Ostatni bursztynnicy z Mariackiej
Na najsłynniejszej ulicy Gdańska trzy pracownie wciąż obrabiają surowy bursztyn zbierany na bałtyckich plażach.
Agnieszka Nowak
Gdańsk
Jan Kowalczyk ma sześćdziesiąt osiem lat i szlifuje bursztyn, odkąd skończył piętnaście.
Jego pracownia w piwnicy kamienicy z przedprożem przy Mariackiej ma ledwie dwanaście metrów kwadratowych.
Na stole leżą surowe bryłki, matowe i pokryte szarą skorupą.
Na pierwszy rzut oka niczym nie różnią się od zwykłych kamieni.
– Trzeba umieć zajrzeć do środka – mówi, zwilżając jedną z nich.
Pod kroplą wody kamień rozbłyskuje miodowym kolorem.
Jan Kowalczyk w swojej pracowni przy ulicy Mariackiej.
Fot. Piotr Wiśniewski / Agencja Gazeta
Bursztyn pochodzi z morza: po zimowych sztormach zbiera się go o świcie na plażach w Stegnie i Jantarze.
Kowalczyk kupuje go od kilkunastu zbieraczy, których zna od lat.
Konkurencja seryjnej biżuterii jest ostra, a większość wisiorków w sklepach przy ulicy pochodzi z fabryk.
Niektóre nie są nawet z bursztynu.
Za oknem z hukiem przejeżdża tramwaj linii ósmej.
Żeby rozpoznać prawdziwy, Kowalczyk wrzuca kamień do szklanki słonej wody.
Bursztyn pływa.
Plastik tonie.
Ceny w pracowni:
pierścionek ze srebra i bursztynu: 180 zł;
naszyjnik z bursztynowych korali: 350 zł;
surowa bryłka z inkluzją owada: od 900 zł.
Jego syn nie przejmie pracowni.
Jest programistą w Warszawie.
Ale wnuczka, dziesięcioletnia Zosia, co sobotę przychodzi polerować kamienie obok niego.
– Ma lepsze oczy niż ja – mówi.
