// Generated from content/taxonomy.yaml by scripts/gen-default-taxonomy.mjs; do not edit.
import type { Taxonomy } from '../../model/model.js';

/** The taxonomy used when a content folder has no taxonomy.yaml (the terms of the seed content). */
export const DEFAULT_TAXONOMY: Taxonomy = {
  industries: [
    {
      id: 'internet',
      labels: {
        zh: '互联网',
        en: 'Internet',
      },
      synonyms: ['互联网科技', '互联网设计', 'Internet and technology', 'Internet and Technology', '互联网公司', '科技', 'Technology'],
    },
    {
      id: 'it-services',
      labels: {
        zh: 'IT 服务',
        en: 'IT Services',
      },
      synonyms: ['IT服务', '信息技术服务', 'IT'],
    },
    {
      id: 'e-commerce',
      labels: {
        zh: '电商',
        en: 'E-commerce',
      },
      synonyms: ['电商行业', '电子商务', '互联网电商', '零售电商', 'Ecommerce'],
    },
    {
      id: 'finance',
      labels: {
        zh: '金融',
        en: 'Finance',
      },
      synonyms: ['银行', '金融科技', 'Banking', 'FinTech', '保险', 'Insurance', '证券'],
    },
    {
      id: 'smart-home',
      labels: {
        zh: '智能家居',
        en: 'Smart Home',
      },
      synonyms: ['物联网', 'IoT'],
    },
    {
      id: 'education',
      labels: {
        zh: '教育',
        en: 'Education',
      },
      synonyms: ['高校信息化', '职业教育', '在线教育', '教育信息化'],
    },
    {
      id: 'logistics',
      labels: {
        zh: '物流',
        en: 'Logistics',
      },
      synonyms: ['物流快递', '快递', 'Express Delivery'],
    },
    {
      id: 'manufacturing',
      labels: {
        zh: '制造',
        en: 'Manufacturing',
      },
      synonyms: ['智能制造', '工业互联网', '制造业'],
    },
    {
      id: 'telecom',
      labels: {
        zh: '通信',
        en: 'Telecommunications',
      },
      synonyms: ['运营商', '电信', 'Telecom'],
    },
    {
      id: 'government',
      labels: {
        zh: '政务',
        en: 'Government',
      },
      synonyms: ['政府', '电子政务'],
    },
    {
      id: 'healthcare',
      labels: {
        zh: '医疗',
        en: 'Healthcare',
      },
      synonyms: ['医疗健康', '医药'],
    },
    {
      id: 'media',
      labels: {
        zh: '媒体',
        en: 'Media',
      },
      synonyms: ['传媒', '新媒体', '视频'],
    },
    {
      id: 'gaming',
      labels: {
        zh: '游戏',
        en: 'Gaming',
      },
      synonyms: ['Games'],
    },
    {
      id: 'retail',
      labels: {
        zh: '零售',
        en: 'Retail',
      },
      synonyms: ['新零售'],
    },
    {
      id: 'transportation',
      labels: {
        zh: '交通',
        en: 'Transportation',
      },
      synonyms: ['出行', '航空', '汽车'],
    },
    {
      id: 'energy',
      labels: {
        zh: '能源',
        en: 'Energy',
      },
      synonyms: ['电力'],
    },
    {
      id: 'database',
      labels: {
        zh: '数据库',
        en: 'Database',
      },
      synonyms: ['图数据库'],
    },
  ],
  cloudTypes: [
    {
      id: 'public',
      labels: {
        zh: '公有云',
        en: 'Public',
      },
      synonyms: ['Public Cloud'],
    },
    {
      id: 'private',
      labels: {
        zh: '私有云',
        en: 'Private',
      },
      synonyms: ['Private Cloud', '本地数据中心', 'On-premises'],
    },
    {
      id: 'hybrid',
      labels: {
        zh: '混合云',
        en: 'Hybrid',
      },
      synonyms: ['Hybrid Cloud'],
    },
    {
      id: 'multi-cloud',
      labels: {
        zh: '多云',
        en: 'Multi-cloud',
      },
      synonyms: ['Multi Cloud', '多云环境'],
    },
    {
      id: 'edge',
      labels: {
        zh: '边缘',
        en: 'Edge',
      },
      synonyms: ['边缘云', 'Edge Cloud'],
    },
  ],
  challenges: [
    {
      id: 'multi-cluster',
      labels: {
        zh: '多集群',
        en: 'Multi-cluster',
      },
      synonyms: ['多集群管理', '多集群管理与后台运营', 'Multi-cluster Management'],
    },
    {
      id: 'devops',
      labels: {
        zh: 'DevOps',
        en: 'DevOps',
      },
      synonyms: ['CI/CD', '持续交付'],
    },
    {
      id: 'efficiency',
      labels: {
        zh: '效率',
        en: 'Efficiency',
      },
      synonyms: ['交付效率', '研发效率'],
    },
    {
      id: 'limited-staff',
      labels: {
        zh: '有限的人力资源',
        en: 'Limited Human Resources',
      },
      synonyms: ['人力有限', 'Limited Resources'],
    },
    {
      id: 'release-management',
      labels: {
        zh: '统一发布管理',
        en: 'Unified Release Management',
      },
      synonyms: ['统一的产品发布运维管理', '发布管理'],
    },
    {
      id: 'availability',
      labels: {
        zh: '可用性',
        en: 'Availability',
      },
      synonyms: [],
    },
    {
      id: 'high-availability',
      labels: {
        zh: '高可用',
        en: 'High Availability',
      },
      synonyms: ['高可用性', 'HA'],
    },
    {
      id: 'velocity',
      labels: {
        zh: '速度',
        en: 'Velocity',
      },
      synonyms: ['Speed'],
    },
    {
      id: 'security',
      labels: {
        zh: '安全',
        en: 'Security',
      },
      synonyms: ['安全性'],
    },
    {
      id: 'data-security',
      labels: {
        zh: '数据安全',
        en: 'Data Security',
      },
      synonyms: [],
    },
    {
      id: 'observability',
      labels: {
        zh: '可观察性',
        en: 'Observability',
      },
      synonyms: ['可观测性', '监控'],
    },
    {
      id: 'heterogeneous-cloud',
      labels: {
        zh: '异构云环境',
        en: 'Heterogeneous Clouds',
      },
      synonyms: ['异构云', '多云异构'],
    },
    {
      id: 'microservice-migration',
      labels: {
        zh: '微服务迁移',
        en: 'Microservice Migration',
      },
      synonyms: ['微服务改造', '微服务化'],
    },
    {
      id: 'container-vm-networking',
      labels: {
        zh: '容器虚机网络打通',
        en: 'Container–VM Networking',
      },
      synonyms: ['容器与虚拟机网络打通'],
    },
    {
      id: 'cost',
      labels: {
        zh: '成本',
        en: 'Cost',
      },
      synonyms: ['降本增效', '成本控制', 'Cost Reduction'],
    },
    {
      id: 'scalability',
      labels: {
        zh: '弹性伸缩',
        en: 'Scalability',
      },
      synonyms: ['扩展性', '可扩展性'],
    },
  ],
  features: [
    {
      id: 'multi-cluster',
      labels: {
        zh: '多集群管理',
        en: 'Multi-cluster Management',
      },
      synonyms: ['多集群', 'Multi-cluster', '联邦', 'Federation'],
      scenarios: ['multi-cluster'],
    },
    {
      id: 'monitoring',
      labels: {
        zh: '监控',
        en: 'Monitoring',
      },
      synonyms: ['集群监控', '多维度监控'],
      scenarios: ['observability'],
    },
    {
      id: 'custom-monitoring',
      labels: {
        zh: '自定义监控',
        en: 'Custom Monitoring',
      },
      synonyms: [],
      scenarios: ['observability'],
    },
    {
      id: 'alerting',
      labels: {
        zh: '告警',
        en: 'Alerting',
      },
      synonyms: ['告警通知', '监控告警', 'Alerts'],
      scenarios: ['observability'],
    },
    {
      id: 'logging',
      labels: {
        zh: '日志',
        en: 'Logging',
      },
      synonyms: ['日志查询', '日志管理', 'Log Query', 'Logs'],
      scenarios: ['observability'],
    },
    {
      id: 'auditing',
      labels: {
        zh: '审计',
        en: 'Auditing',
      },
      synonyms: ['审计日志', '事件', 'Events'],
      scenarios: ['observability'],
    },
    {
      id: 'devops',
      labels: {
        zh: 'DevOps',
        en: 'DevOps',
      },
      synonyms: ['DevOps 流水线', '流水线', 'Pipeline', 'Pipelines', 'Jenkins'],
      scenarios: ['devops'],
    },
    {
      id: 'cicd',
      labels: {
        zh: 'CI/CD',
        en: 'CI/CD',
      },
      synonyms: ['CICD', '持续集成', '持续交付'],
      scenarios: ['devops'],
    },
    {
      id: 'dev-test-environments',
      labels: {
        zh: '开发测试环境管理',
        en: 'Dev and Test Environments',
      },
      synonyms: ['开发测试环境'],
      scenarios: ['devops'],
    },
    {
      id: 'app-store',
      labels: {
        zh: '应用商店',
        en: 'App Store',
      },
      synonyms: ['应用模板', 'OpenPitrix'],
      scenarios: [],
    },
    {
      id: 'service-mesh',
      labels: {
        zh: '服务网格',
        en: 'Service Mesh',
      },
      synonyms: ['Istio', 'Istio Mesh', '微服务治理', '微服务'],
      scenarios: ['microservices'],
    },
    {
      id: 'grayscale-release',
      labels: {
        zh: '灰度发布',
        en: 'Grayscale Release',
      },
      synonyms: ['金丝雀发布', '蓝绿部署', 'Canary Release', 'Blue-green Deployment'],
      scenarios: ['microservices'],
    },
    {
      id: 'hpa',
      labels: {
        zh: '弹性伸缩',
        en: 'Autoscaling',
      },
      synonyms: ['HPA', '自动扩缩容'],
      scenarios: ['microservices'],
    },
    {
      id: 'kubernetes',
      labels: {
        zh: 'Kubernetes',
        en: 'Kubernetes',
      },
      synonyms: ['K8s'],
      scenarios: [],
    },
    {
      id: 'hosted',
      labels: {
        zh: '托管',
        en: 'Hosted',
      },
      synonyms: ['托管 Kubernetes', 'Managed Kubernetes'],
      scenarios: ['multi-cluster'],
    },
    {
      id: 'multi-tenancy',
      labels: {
        zh: '多租户',
        en: 'Multi-tenancy',
      },
      synonyms: ['多租户管理', '权限管理'],
      scenarios: [],
    },
    {
      id: 'bare-metal',
      labels: {
        zh: '裸机部署',
        en: 'Bare Metal',
      },
      synonyms: ['裸机', 'KubeKey', 'PorterLB', 'OpenELB', '负载均衡'],
      scenarios: ['bare-metal'],
    },
    {
      id: 'edge',
      labels: {
        zh: '边缘计算',
        en: 'Edge Computing',
      },
      synonyms: ['KubeEdge', '边缘节点'],
      scenarios: ['edge'],
    },
    {
      id: 'storage',
      labels: {
        zh: '存储',
        en: 'Storage',
      },
      synonyms: ['持久化存储'],
      scenarios: [],
    },
    {
      id: 'networking',
      labels: {
        zh: '网络',
        en: 'Networking',
      },
      synonyms: ['容器网络'],
      scenarios: [],
    },
  ],
  scenarios: [
    {
      id: 'multi-cluster',
      labels: {
        zh: '多集群部署',
        en: 'Multi-cluster Deployment',
      },
      synonyms: ['多集群', '多云多集群管理', 'Multi-cluster'],
    },
    {
      id: 'observability',
      labels: {
        zh: '多维度监控',
        en: 'Full-stack Observability with Streamlined O&M',
      },
      synonyms: ['可观测性', '全栈可观测性', 'Observability', 'Multi-dimensional Monitoring'],
    },
    {
      id: 'microservices',
      labels: {
        zh: '微服务和云原生架构',
        en: 'Service Mesh and Cloud-native Architecture',
      },
      synonyms: ['微服务与云原生架构', '服务网格和云原生架构', 'Microservices and Cloud-native Architecture', 'Service Mesh'],
    },
    {
      id: 'devops',
      labels: {
        zh: 'DevOps 落地实践',
        en: 'Implement DevOps Practices',
      },
      synonyms: ['DevOps 实践', 'DevOps Practices', 'DevOps'],
    },
    {
      id: 'bare-metal',
      labels: {
        zh: '裸机环境部署',
        en: 'Bare Metal Deployment',
      },
      synonyms: ['裸机部署', 'Bare Metal Environment Deployment', 'Bare Metal'],
    },
    {
      id: 'edge',
      labels: {
        zh: '边缘计算',
        en: 'Edge Computing',
      },
      synonyms: ['边缘计算场景', 'Edge'],
    },
  ],
};
