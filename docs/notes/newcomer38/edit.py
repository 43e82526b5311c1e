import sys,csv
p,mode=sys.argv[1],sys.argv[2]
rows=list(csv.reader(open(p,encoding='utf-8'),delimiter='\t'))
for r in rows[1:]:
    if r[7].endswith('-16') and mode in ('edit16','edit16_18','full','stretch'): r[1]="Le même trajet en avion peut coûter moins de 150 €."
    if r[7].endswith('-11') and mode in ('edit11','full'): r[1]="Elle reconnaît que le service perd encore de l'argent sur certaines lignes."
csv.writer(open(p,'w',encoding='utf-8',newline=''),delimiter='\t',lineterminator='\n').writerows(rows)
