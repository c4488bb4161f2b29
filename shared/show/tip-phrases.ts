/**
 * The phrase library a new database starts with: the 五个好 / 五带头 criteria texts of the 创先争优
 * campaign, classical mottos and integrity sayings (public domain), and service phrases written for
 * this app. All of it is editable; ids are stable so assignments survive a reset of the defaults.
 */
export const DEFAULT_TIP_PHRASES = [
  { id: 'builtin-fg-1', category: 'fiveGoodsFiveLeads', text: '五个好：领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好', source: '', builtIn: true },
  { id: 'builtin-fg-2', category: 'fiveGoodsFiveLeads', text: '五带头：带头学习提高、带头争创佳绩、带头服务群众、带头遵纪守法、带头弘扬正气', source: '', builtIn: true },
  { id: 'builtin-fg-3', category: 'fiveGoodsFiveLeads', text: '我是党员我光荣，我是党员我带头', source: '', builtIn: true },
  { id: 'builtin-fg-4', category: 'fiveGoodsFiveLeads', text: '人人都是窗口，处处都是服务', source: '', builtIn: true },
  { id: 'builtin-motto-1', category: 'motto', text: '先天下之忧而忧，后天下之乐而乐', source: '范仲淹', builtIn: true },
  { id: 'builtin-motto-2', category: 'motto', text: '业精于勤，荒于嬉；行成于思，毁于随', source: '韩愈', builtIn: true },
  { id: 'builtin-motto-3', category: 'motto', text: '不积跬步，无以至千里；不积小流，无以成江海', source: '荀子', builtIn: true },
  { id: 'builtin-motto-4', category: 'motto', text: '锲而不舍，金石可镂', source: '荀子', builtIn: true },
  { id: 'builtin-motto-5', category: 'motto', text: '苟利国家生死以，岂因祸福避趋之', source: '林则徐', builtIn: true },
  { id: 'builtin-motto-6', category: 'motto', text: '路漫漫其修远兮，吾将上下而求索', source: '屈原', builtIn: true },
  { id: 'builtin-int-1', category: 'integrity', text: '公生明，廉生威', source: '古训', builtIn: true },
  { id: 'builtin-int-2', category: 'integrity', text: '历览前贤国与家，成由勤俭破由奢', source: '李商隐', builtIn: true },
  { id: 'builtin-int-3', category: 'integrity', text: '勿以恶小而为之，勿以善小而不为', source: '刘备', builtIn: true },
  { id: 'builtin-int-4', category: 'integrity', text: '一身正气，两袖清风', source: '', builtIn: true },
  { id: 'builtin-int-5', category: 'integrity', text: '吃拿卡要不能有，廉洁自律记心头', source: '', builtIn: true },
  { id: 'builtin-int-6', category: 'integrity', text: '手莫伸，伸手必被捉', source: '陈毅', builtIn: true },
  { id: 'builtin-svc-1', category: 'service', text: '您好！请问有什么可以帮您？', source: '', builtIn: true },
  { id: 'builtin-svc-2', category: 'service', text: '请您稍候，马上为您办理', source: '', builtIn: true },
  { id: 'builtin-svc-3', category: 'service', text: '群众利益无小事，一枝一叶总关情', source: '', builtIn: true },
  { id: 'builtin-svc-4', category: 'service', text: '一次告知，限时办结，让群众少跑腿', source: '', builtIn: true },
  { id: 'builtin-svc-5', category: 'service', text: '微笑服务，真诚相待，热情周到，耐心细致', source: '', builtIn: true },
  { id: 'builtin-svc-6', category: 'service', text: '您的满意是我们的追求，欢迎您监督评议', source: '', builtIn: true }
] as const satisfies ReadonlyArray<{ id: string; category: string; text: string; source: string; builtIn: boolean }>
